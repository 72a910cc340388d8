import ChainAuditDiagrams
import ChainAuditGraphviz
import ChainAuditModel
import ChainAuditRules
import ChainAuditSamples
import Foundation
import Testing

/// Renders through Graphviz, in-process and with the `dot` program. Serialised:
/// Graphviz is not thread-safe (the owner serialises calls too, but the tests
/// should not depend on running in parallel with each other).
@Suite("Rendering with Graphviz", .serialized)
struct GraphvizRenderTests {
    static let views: [DiagramOptions] = [DiagramOptions(), DiagramOptions(view: .members, maxNodes: 5)]

    @Test("Every fixture's DOT is read by the dot program without a warning", arguments: Fixtures.drawable)
    func dotProgramReadsIt(_ fixture: String) throws {
        let result = try Fixtures.check(fixture)
        for options in Self.views {
            let dot = try DiagramWriter(options: options).dot(for: result)
            let run = try DotProgram.run(["-Tcanon"], input: dot)
            #expect(run.status == 0)
            #expect(run.stderr.isEmpty, "dot said: \(run.stderr)")
            #expect(run.stdout.hasPrefix("digraph"))
        }
    }

    @Test("The SVG is well-formed XML and shows every hostile name verbatim, as text")
    func hostileSVG() throws {
        let result = try Fixtures.check("hostile/hostile-names.yaml")
        let dot = try DiagramWriter().dot(for: result)
        let svg = Data(try Graphviz.shared().render(dot: dot, format: .svg))
        let parsed = try #require(SVGText.parse(svg), "the SVG is not well-formed XML")
        #expect(!parsed.elements.contains { $0.lowercased().contains("script") })
        #expect(parsed.allText.contains("<script>alert('x')</script> & Sons"))
        for organisation in result.chain.organisations {
            let expected = DOTText.visible(organisation.name)
            #expect(parsed.allText.contains(expected), "not drawn verbatim: \(expected.prefix(60))")
            #expect(parsed.allTitles.contains(expected), "not in a tooltip: \(expected.prefix(60))")
        }
        // Names that look like Graphviz escapes are drawn as typed.
        #expect(parsed.allText.contains(#"Back\slash \N \G \E \T \H \L \l \n \\ Trust"#))
        #expect(parsed.allText.contains("=cmd|' /C calc'!A0"))
        #expect(parsed.allText.contains(String(repeating: "Very Long Name Ltd ", count: 10)))
        #expect(parsed.links.contains("#subject-organisation-lead%22%3Cx%3E"))
        // The dot program reads the same text without complaint.
        let run = try DotProgram.run(["-Tsvg"], input: dot)
        #expect(run.status == 0 && run.stderr.isEmpty, "dot said: \(run.stderr)")
        #expect(SVGText.parse(Data(run.stdout.utf8)) != nil)
    }

    @Test("Every fixture renders to well-formed SVG in-process", arguments: Fixtures.drawable)
    func svgParses(_ fixture: String) throws {
        let result = try Fixtures.check(fixture)
        for options in Self.views {
            let svg = Data(try Graphviz.shared().render(dot: try DiagramWriter(options: options).dot(for: result), format: .svg))
            let parsed = SVGText.parse(svg)
            #expect(parsed != nil)
            #expect(parsed?.ids.contains("o\(result.chain.contract.lead)") == true)
        }
    }

    @Test("The Members' view of a 2,000-organisation chain renders with at most --max-nodes organisation nodes")
    func membersViewRendered() throws {
        let result = Checker().check(SampleChains.generated(organisations: 2_000))
        let dot = try DiagramWriter(options: DiagramOptions(view: .members, maxNodes: 40)).dot(for: result)
        let svg = try #require(SVGText.parse(Data(try Graphviz.shared().render(dot: dot, format: .svg))))
        let organisationNodes = svg.ids.filter { $0.wholeMatch(of: /o[0-9]+|f[0-9]+|fu/) != nil }
        #expect(organisationNodes.count <= 40)
        #expect(organisationNodes.count >= 4)
    }

    @Test("A missing renderer's error suggests --format dot")
    func missingRendererAdvice() {
        let error = GraphvizError(stage: .formatUnavailable, message: "Format: \"png\" not recognized.", format: .png)
        #expect(error.description.contains("--format dot"))
        #expect(error.description.contains("not recognized"))
    }

    @Test("PNG and PDF come from Graphviz's own renderers")
    func binaryFormats() throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("diagrams/befriending.yaml"))
        let png = try Graphviz.shared().render(dot: dot, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Graphviz.shared().render(dot: dot, format: .pdf)
        #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
    }

    @Test("A syntax error carries Graphviz's own message, and the next render still works")
    func syntaxError() throws {
        let graphviz = try Graphviz.shared()
        #expect {
            _ = try graphviz.render(dot: "digraph { a -> }", format: .svg)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .parse && error.message.contains("syntax error")
        }
        let svg = try graphviz.render(dot: "digraph { a -> b }", format: .svg)
        #expect(SVGText.parse(Data(svg)) != nil)
    }

    @Test("Text that is not a graph, or holds a NUL, is refused with a clear error")
    func notAGraph() throws {
        let graphviz = try Graphviz.shared()
        #expect(throws: GraphvizError.self) { _ = try graphviz.render(dot: "", format: .svg) }
        #expect(throws: GraphvizError.self) { _ = try graphviz.render(dot: "digraph { a\u{0} }", format: .svg) }
    }

    @Test("Renders from many tasks at once are serialised safely")
    func concurrentRenders() async throws {
        let dot = try DiagramWriter().dot(for: try Fixtures.check("diagrams/wellbeing.yaml"))
        let expected = try Graphviz.shared().render(dot: dot, format: .svg)
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask { try Graphviz.shared().render(dot: dot, format: .svg) }
            }
            for try await svg in group {
                #expect(svg == expected)
            }
        }
    }
}

/// Runs the real `dot` program.
enum DotProgram {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], input: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot"] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        nonisolated(unsafe) var errData = Data()
        let errThread = Thread { errData = stderr.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errThread.isFinished || !writer.isFinished { usleep(1000) }
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
