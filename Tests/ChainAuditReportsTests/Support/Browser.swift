import Foundation
import Testing

/// Headless Chromium, to open the HTML report as a Member's browser would.
enum Browser {
    /// The chromium executable on PATH, or `nil`.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Browser tests run when chromium is here, and always in CI (where a missing chromium fails them).
    static var shouldRun: Bool { executable != nil || isCI }

    /// The executable, or a recorded failure (only reachable in CI, where chromium must be installed).
    static func require() throws -> String {
        guard let executable else {
            Issue.record("CI is set but chromium is not installed; the CI script must install it (apt-get install chromium)")
            throw Helper.Failure(description: "chromium is missing")
        }
        return executable
    }

    struct Page {
        var dom: String
        var log: String
    }

    /// Common flags: no sandbox (root in a container), no GPU, a throw-away
    /// profile, every host name unresolvable so any request would fail, and the
    /// console (where CSP violations are reported) logged to stderr.
    static func flags(profile: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-dev-shm-usage",
            "--user-data-dir=\(profile.path)",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr", "--v=0",
        ]
    }

    /// Loads the file and returns the DOM after parsing, with the browser's log.
    static func dumpDOM(_ file: URL) throws -> Page {
        let chromium = try require()
        let profile = try Helper.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = try Helper.run(chromium, flags(profile: profile) + ["--dump-dom", file.absoluteString])
        return Page(dom: String(decoding: output.stdout, as: UTF8.self), log: String(decoding: output.stderr, as: UTF8.self))
    }

    /// Prints the page to PDF (as a Member pressing Print would) into `pdf`.
    static func printToPDF(_ file: URL, to pdf: URL) throws {
        let chromium = try require()
        let profile = try Helper.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        _ = try Helper.run(chromium, flags(profile: profile) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", file.absoluteString])
    }

    /// Takes a screenshot of the page into `png`.
    static func screenshot(_ file: URL, to png: URL) throws -> String {
        let chromium = try require()
        let profile = try Helper.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = try Helper.run(chromium, flags(profile: profile) + ["--window-size=1240,1754", "--screenshot=\(png.path)", file.absoluteString])
        return String(decoding: output.stderr, as: UTF8.self)
    }
}

/// The parsed DOM, read by Python's HTML tokenizer: every start tag with its
/// attributes, and the text.
struct ParsedDOM {
    var tags: [(name: String, attributes: [String: String])]
    var text: String

    static let script = """
        import json, sys
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.tags = []
                self.text = []
            def handle_starttag(self, tag, attrs):
                self.tags.append([tag, {k: (v or "") for k, v in attrs}])
            def handle_startendtag(self, tag, attrs):
                self.handle_starttag(tag, attrs)
            def handle_data(self, data):
                self.text.append(data)
        p = P()
        with open(sys.argv[1], encoding="utf-8") as f:
            p.feed(f.read())
        p.close()
        print(json.dumps({"tags": p.tags, "text": "".join(p.text)}))
        """

    init(_ html: String) throws {
        let folder = try Helper.temporaryFolder()
        let file = folder.appendingPathComponent("dom.html")
        try Data(html.utf8).write(to: file)
        let json = try Helper.python(Self.script, [file.path]) as? [String: Any] ?? [:]
        tags = (json["tags"] as? [[Any]] ?? []).map { pair in
            (pair.first as? String ?? "", pair.count > 1 ? pair[1] as? [String: String] ?? [:] : [:])
        }
        text = json["text"] as? String ?? ""
    }

    func count(_ name: String) -> Int { tags.filter { $0.name == name }.count }
    func element(id: String) -> (name: String, attributes: [String: String])? { tags.first { $0.attributes["id"] == id } }
}
