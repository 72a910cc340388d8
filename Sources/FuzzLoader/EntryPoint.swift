/// libFuzzer's entry point: one input, as bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzInput.run(bytes)
    return 0
}

#if FUZZING
import CFuzzerDriver

/// The program's `main` in a fuzzing build (`Scripts/fuzz`: `-sanitize=fuzzer,address -D FUZZING`).
///
/// SwiftPM links an executable target with `main` defined as `<Module>_main`, the
/// name it has the compiler give a Swift entry point, so libFuzzer's own `main`
/// is never used; this function takes that name and hands over to libFuzzer's driver.
@_cdecl("FuzzLoader_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
#endif
