/// A directed graph of nodes `0..<count` in compressed adjacency form: the
/// successors of node `n` are `targets[starts[n]..<starts[n + 1]]`.
///
/// Two flat arrays instead of one array per node: the analysis builds graphs
/// of hundreds of thousands of nodes, and a small array per node would cost an
/// allocation each.
struct AdjacencyGraph: Sendable {
    private(set) var starts: [Int] = [0]
    private(set) var targets: [Int] = []

    init(reservingNodes nodes: Int = 0, edges: Int = 0) {
        starts.reserveCapacity(nodes + 1)
        targets.reserveCapacity(edges)
    }

    /// Groups indices by key: the successors of node `n` are, in increasing
    /// order, the indices `i` of `keys` with `keys[i] == n` (a counting sort).
    /// Every key must be in `0..<nodes`.
    init(nodes: Int, groupingIndicesOf keys: [Int]) {
        var starts = [Int](repeating: 0, count: nodes + 1)
        for key in keys { starts[key + 1] += 1 }
        for node in 0..<nodes { starts[node + 1] += starts[node] }
        var next = starts
        var targets = [Int](repeating: 0, count: keys.count)
        for (index, key) in keys.enumerated() {
            targets[next[key]] = index
            next[key] += 1
        }
        self.starts = starts
        self.targets = targets
    }

    /// A graph from its two arrays (`starts` begins with 0 and ends with `targets.count`).
    init(starts: [Int], targets: [Int]) {
        self.starts = starts
        self.targets = targets
    }

    var count: Int { starts.count - 1 }

    /// The successors of `node`, in order.
    func successors(of node: Int) -> ArraySlice<Int> {
        targets[starts[node]..<starts[node + 1]]
    }

    /// Adds the next node (number ``count``) with its successors in order.
    mutating func addNode<Successors: Sequence<Int>>(successors: Successors) {
        targets.append(contentsOf: successors)
        starts.append(targets.count)
    }

    /// Adds the next node with at most one successor, without building a sequence.
    mutating func addNode(successor: Int?) {
        if let successor { targets.append(successor) }
        starts.append(targets.count)
    }
}
