import ChainAuditModel
import ChainAuditReports
import ChainAuditRules

extension HTMLReport {
    /// The geometry of the two charts, handed to the template as numbers and
    /// strings (the template escapes every label). Names longer than a label
    /// allows are shortened on the chart; the full name is in each mark's
    /// `<title>` and in the key below the chart.
    enum Charts {
        /// The 1.5× line of the `disproportionate-risk` rule's default.
        static let riskRatio = 1.5
        static let payLimit = 30
        /// The most providers numbered on the risk chart, and drawn as bars on the days chart.
        static let maxLabelled = 40
        static let maxBars = 40

        /// Risk share (up) against value share (across), one point per provider,
        /// with the proportionality line y = x and the 1.5× line.
        static func riskChart(_ input: ReportInput) -> [String: Any] {
            let chain = input.chain
            let providers = input.result.metrics.providers
            let plotted = providers.compactMap { provider -> (name: String, value: Double, risk: Double)? in
                guard let value = provider.valueShare, let risk = provider.riskShare else { return nil }
                return (isolated(chain.organisations[provider.organisation].name), value, risk)
            }
            let width = 640.0, height = 440.0
            let left = 72.0, right = width - 24, top = 32.0, bottom = height - 64
            let largest = plotted.map { max($0.value, $0.risk) }.max() ?? 0
            let domain = max(0.1, (largest * 10 - 1e-9).rounded(.up) / 10)
            func x(_ share: Double) -> Double { left + share / domain * (right - left) }
            func y(_ share: Double) -> Double { bottom - share / domain * (bottom - top) }

            var ticks: [[String: Any]] = []
            for step in 0...5 {
                let share = domain * Double(step) / 5
                ticks.append(tick(x1: x(share), y1: top, x2: x(share), y2: bottom, labelX: x(share), labelY: bottom + 18, anchor: "middle", label: Wording.percent(share)))
                if step > 0 {
                    ticks.append(tick(x1: left, y1: y(share), x2: right, y2: y(share), labelX: left - 6, labelY: y(share) + 4, anchor: "end", label: Wording.percent(share)))
                }
            }
            // With many providers only the most disproportionate are numbered and listed in the key.
            let labelled = Set(plotted.indices.sorted { plotted[$0].risk - plotted[$0].value > plotted[$1].risk - plotted[$1].value }.prefix(maxLabelled))
            var numbers = [Int: Int]()
            for index in plotted.indices where labelled.contains(index) { numbers[index] = numbers.count + 1 }
            let markers = plotted.map { (x: x($0.value), y: y($0.risk)) }
            let placements = labelPlacements(markers: markers, numbers: plotted.indices.map { numbers[$0].map { "\($0)" } }, left: left, right: right + 20, top: top, bottom: bottom,
                                             lines: [(left, bottom, x(domain), y(domain)), (left, bottom, x(domain / riskRatio), y(domain))])
            let points: [[String: Any]] = plotted.enumerated().map { offset, point in
                let cx = markers[offset].x, cy = markers[offset].y
                let placement = placements[offset]
                return [
                    "hasNumber": numbers[offset] != nil,
                    "number": numbers[offset].map { "\($0)" } ?? "",
                    "fullName": point.name,
                    "valueShare": Wording.percent(point.value),
                    "riskShare": Wording.percent(point.risk),
                    "over": exceeds(point.risk, riskRatio * point.value),
                    "cx": coordinate(cx), "cy": coordinate(cy),
                    "squareX": coordinate(cx - 5.5), "squareY": coordinate(cy - 5.5),
                    "labelX": coordinate(placement.x), "labelY": coordinate(placement.y), "labelAnchor": placement.anchor,
                ]
            }
            let over = plotted.filter { exceeds($0.risk, riskRatio * $0.value) }.count
            let omitted = providers.count - plotted.count
            var description = plotted.isEmpty
                ? "No provider has both a value share and a risk share to plot."
                : "\(plotted.count) \(plotted.count == 1 ? "provider" : "providers") plotted; \(over) \(over == 1 ? "carries" : "carry") more than 1.5 times \(over == 1 ? "its" : "their") share of the value in risk."
            if omitted > 0 { description += " \(omitted) not plotted for want of a risk share or a contract value." }
            return [
                "width": coordinate(width), "height": coordinate(height),
                "left": coordinate(left), "right": coordinate(right), "top": coordinate(top), "bottom": coordinate(bottom),
                "ticks": ticks,
                "equalX": coordinate(x(domain)), "equalY": coordinate(y(domain)),
                // Both lines end on the top edge of the plot; their labels sit just above
                // those ends, in the margin, well apart and clear of every line and point.
                "equalLabelX": coordinate(x(domain)), "equalLabelY": coordinate(top - 8),
                "ruleX": coordinate(x(domain / riskRatio)), "ruleY": coordinate(y(domain)),
                "ruleLabelX": coordinate(x(domain / riskRatio)), "ruleLabelY": coordinate(top - 8),
                "axisXLabelX": coordinate((left + right) / 2), "axisXLabelY": coordinate(bottom + 44),
                "axisYLabelY": coordinate((top + bottom) / 2),
                "centreX": coordinate((left + right) / 2), "centreY": coordinate((top + bottom) / 2),
                "points": points,
                "keyed": points.filter { $0["hasNumber"] as? Bool == true },
                "hasPoints": !points.isEmpty,
                "unlabelled": plotted.count > maxLabelled
                    ? "With \(plotted.count) providers, only the \(maxLabelled) whose risk share most exceeds their value share are numbered; hover over a point for its provider, and the organisations table lists them all."
                    : "",
                "description": description,
                "hasOmitted": omitted > 0,
                "omitted": omitted > 0 ? "\(omitted) \(omitted == 1 ? "provider is" : "providers are") not plotted because the file gives no risk share for \(omitted == 1 ? "it" : "them") (or the contract value is 0)." : "",
            ]
        }

        /// Days to cash per provider as horizontal bars, with the 30-day line.
        static func daysChart(_ input: ReportInput) -> [String: Any] {
            let chain = input.chain
            let providers = input.result.metrics.providers
            let known = providers.compactMap { provider -> (name: String, days: Int)? in
                provider.daysToCash.map { (isolated(chain.organisations[provider.organisation].name), $0) }
            }
            // With many providers, the longest waits, kept in table order.
            let shown = Set(known.indices.sorted { known[$0].days > known[$1].days || (known[$0].days == known[$1].days && $0 < $1) }.prefix(maxBars))
            let plotted = known.indices.filter { shown.contains($0) }.map { known[$0] }
            let barHeight = 20.0, gap = 10.0
            let width = 660.0, left = 230.0, right = width - 110, top = 32.0
            let rows = Double(max(plotted.count, 1))
            let bottom = top + rows * (barHeight + gap) + gap
            let height = bottom + 52
            let largest = Double(max(plotted.map(\.days).max() ?? 0, payLimit))
            let domain = max(10, (largest * 1.1 / 10).rounded(.up) * 10)
            func x(_ days: Double) -> Double { left + days / domain * (right - left) }

            var ticks: [[String: Any]] = []
            for step in 0...5 {
                let days = domain * Double(step) / 5
                ticks.append(tick(x1: x(days), y1: top, x2: x(days), y2: bottom, labelX: x(days), labelY: bottom + 16, anchor: "middle", label: "\(Int(days.rounded()))"))
            }
            let bars: [[String: Any]] = plotted.enumerated().map { offset, bar in
                let y = top + gap + Double(offset) * (barHeight + gap)
                let over = bar.days > payLimit
                return [
                    "fullName": bar.name,
                    "shortName": shortened(HTMLText.showingControls(bar.name), to: 26),
                    "days": "\(bar.days)",
                    "over": over,
                    "fill": over ? "#d55e00" : "#0072b2",
                    "x": coordinate(left), "y": coordinate(y),
                    "barWidth": coordinate(max(x(Double(bar.days)) - left, 1)),
                    "barHeight": coordinate(barHeight),
                    "nameX": coordinate(left - 8),
                    "valueX": coordinate(x(Double(bar.days)) + 6),
                    "textY": coordinate(y + barHeight / 2 + 4),
                ]
            }
            let over = known.filter { $0.days > payLimit }.count
            let omitted = providers.count - known.count
            var description = plotted.isEmpty
                ? "No provider's days to cash are known."
                : "\(known.count) \(known.count == 1 ? "provider" : "providers") with known days to cash; \(over) \(over == 1 ? "waits" : "wait") more than 30 days for cash."
            if known.count > plotted.count { description += " The \(plotted.count) longest waits are drawn." }
            if omitted > 0 { description += " \(omitted) not shown for want of payment terms." }
            return [
                "width": coordinate(width), "height": coordinate(height),
                "left": coordinate(left), "top": coordinate(top), "bottom": coordinate(bottom),
                "ticks": ticks,
                "bars": bars,
                "limitX": coordinate(x(Double(payLimit))), "limitTop": coordinate(top - 6), "limitLabelY": coordinate(top - 12),
                "axisXLabelX": coordinate((left + right) / 2), "axisXLabelY": coordinate(bottom + 40),
                "centreX": coordinate((left + right) / 2), "centreY": coordinate(top + 26),
                "description": description,
                "hasCut": known.count > plotted.count,
                "cut": "Only the \(plotted.count) providers who wait longest of the \(known.count) are drawn; the organisations table lists them all.",
                "hasOmitted": omitted > 0,
                "omitted": omitted > 0 ? "\(omitted) \(omitted == 1 ? "provider is" : "providers are") not shown because the payment days down to \(omitted == 1 ? "it are" : "them are") not all known." : "",
            ]
        }

        /// Where each point's number goes: the first of eight places around its
        /// marker (right and up, right, right and down, left and up, …) where the
        /// number overlaps no marker, no number already placed, no line and nothing
        /// outside the plot; when every place is taken, the one overlapping least. Points
        /// are placed in order, so the same chart always gives the same places.
        static func labelPlacements(markers: [(x: Double, y: Double)], numbers: [String?], left: Double, right: Double, top: Double, bottom: Double,
                                    lines: [(x1: Double, y1: Double, x2: Double, y2: Double)] = []) -> [(x: Double, y: Double, anchor: String)] {
            struct Box {
                var minX, minY, maxX, maxY: Double
                func overlap(_ other: Box) -> Double {
                    max(0, min(maxX, other.maxX) - max(minX, other.minX)) * max(0, min(maxY, other.maxY) - max(minY, other.minY))
                }
            }
            let markerBoxes = markers.map { Box(minX: $0.x - 6.5, minY: $0.y - 6.5, maxX: $0.x + 6.5, maxY: $0.y + 6.5) }
            // Offsets of the text's baseline start (or end, for "end") from the marker's centre.
            let candidates: [(dx: Double, dy: Double, anchor: String)] = [
                (8, -8, "start"), (10, 4, "start"), (8, 17, "start"), (-8, -8, "end"),
                (-10, 4, "end"), (-8, 17, "end"), (0, -11, "middle"), (0, 20, "middle"),
            ]
            var placed: [Box] = []
            var result: [(x: Double, y: Double, anchor: String)] = []
            for (index, marker) in markers.enumerated() {
                guard let number = numbers[index] else {
                    result.append((marker.x + 8, marker.y - 8, "start"))
                    continue
                }
                let width = 7.0 * Double(number.count), height = 12.0
                var best: (x: Double, y: Double, anchor: String, box: Box)?
                var bestCost = Double.infinity
                for candidate in candidates {
                    let x = marker.x + candidate.dx, baseline = marker.y + candidate.dy
                    let minX = candidate.anchor == "start" ? x : candidate.anchor == "end" ? x - width : x - width / 2
                    let box = Box(minX: minX, minY: baseline - height + 2, maxX: minX + width, maxY: baseline + 2)
                    var cost = markerBoxes.reduce(0) { $0 + $1.overlap(box) } + placed.reduce(0) { $0 + $1.overlap(box) }
                    if box.minX < left || box.maxX > right || box.minY < top || box.maxY > bottom { cost += 1000 }
                    for line in lines {
                        // The line crosses the box when the box's corners lie on both sides of it.
                        let sides = [(box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY)].map { corner in
                            (line.x2 - line.x1) * (corner.1 - line.y1) - (line.y2 - line.y1) * (corner.0 - line.x1) > 0
                        }
                        if sides.contains(true) && sides.contains(false) { cost += 40 }
                    }
                    if cost < bestCost {
                        bestCost = cost
                        best = (x, baseline, candidate.anchor, box)
                    }
                    if cost == 0 { break }
                }
                let chosen = best!
                placed.append(chosen.box)
                result.append((chosen.x, chosen.y, chosen.anchor))
            }
            return result
        }

        static func tick(x1: Double, y1: Double, x2: Double, y2: Double, labelX: Double, labelY: Double, anchor: String, label: String) -> [String: Any] {
            [
                "x1": coordinate(x1), "y1": coordinate(y1), "x2": coordinate(x2), "y2": coordinate(y2),
                "labelX": coordinate(labelX), "labelY": coordinate(labelY), "anchor": anchor, "label": label,
            ]
        }

        /// A coordinate to one decimal place, without a trailing `.0`.
        static func coordinate(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            let whole = tenths / 10, fraction = abs(tenths % 10)
            let sign = tenths < 0 && whole == 0 ? "-" : ""
            return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
        }

        /// The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so
        /// a bidirectional override inside it ends with it (SVG text has no `<bdi>`).
        static func isolated(_ text: String) -> String {
            "\u{2068}" + text + "\u{2069}"
        }

        /// At most `limit` characters (grapheme clusters), with an ellipsis when cut.
        static func shortened(_ text: String, to limit: Int) -> String {
            text.count <= limit + 2 ? text : String(text.prefix(limit - 1)) + "…\u{2069}"
        }
    }
}
