/// Tarjan's strongly connected components, iterative so that deep graphs
/// cannot overflow the stack. O(V + E).
enum StronglyConnected {
    /// The components of a graph, flat: component `k` is
    /// `members[ends[k - 1]..<ends[k]]` (from 0 for the first).
    struct Components: RandomAccessCollection {
        fileprivate(set) var members: [Int] = []
        fileprivate(set) var ends: [Int] = []

        var startIndex: Int { 0 }
        var endIndex: Int { ends.count }

        subscript(position: Int) -> ArraySlice<Int> {
            members[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
        }
    }

    /// Components in reverse topological order: each component is listed after
    /// every component it can reach. Each component's members are sorted.
    /// Roots are visited in node order and successors in the order given.
    static func components(of graph: AdjacencyGraph) -> Components {
        let count = graph.count
        let starts = graph.starts
        let targets = graph.targets
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result = Components()
        result.members.reserveCapacity(count)
        var nextIndex = 0
        // Call stack frames: the node and the position of its next edge in `targets`.
        var frames: [(node: Int, edge: Int)] = []

        for root in 0..<count where index[root] == -1 {
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            frames.append((root, starts[root]))

            while let frame = frames.last {
                let node = frame.node
                let edge = frame.edge
                if edge < starts[node + 1] {
                    let next = targets[edge]
                    frames[frames.count - 1].edge += 1
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        frames.append((next, starts[next]))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    let first = result.members.count
                    while true {
                        let member = stack.removeLast()
                        onStack[member] = false
                        result.members.append(member)
                        if member == node { break }
                    }
                    if result.members.count - first > 1 { result.members[first...].sort() }
                    result.ends.append(result.members.count)
                }
            }
        }
        return result
    }
}
