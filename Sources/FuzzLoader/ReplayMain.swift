#if !FUZZING
import Foundation

/// Without the fuzzer (a plain `swift build`), `FuzzLoader FILE...` replays
/// inputs through the same code, so a reproducer can be run under a debugger
/// and the target keeps compiling in every ordinary build.
@main
enum ReplayMain {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("usage: FuzzLoader FILE... (build with Scripts/fuzz to fuzz)\n".utf8))
            exit(2)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("FuzzLoader: cannot read \(file)\n".utf8))
                exit(2)
            }
            FuzzInput.run([UInt8](data))
            print("\(file): ok")
        }
    }
}
#endif
