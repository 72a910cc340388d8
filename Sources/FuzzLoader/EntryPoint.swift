/// libFuzzer's entry point. `Scripts/fuzz` builds this target with
/// `-sanitize=fuzzer,address` and `-D FUZZING`; libFuzzer then supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzInput.run(bytes)
    return 0
}
