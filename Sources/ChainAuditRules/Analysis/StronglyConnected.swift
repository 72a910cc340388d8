/// Tarjan's strongly connected components, iterative so that deep graphs
/// cannot overflow the stack. O(V + E).
enum StronglyConnected {
    /// Components in reverse topological order: each component is listed after
    /// every component it can reach. Each component's members are sorted.
    static func components(count: Int, successors: (Int) -> [Int]) -> [[Int]] {
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var nextIndex = 0
        // Call stack frames: (node, its successors, position in them).
        var frames: [(node: Int, successors: [Int], position: Int)] = []

        for root in 0..<count where index[root] == -1 {
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            frames.append((root, successors(root), 0))

            while !frames.isEmpty {
                let top = frames.count - 1
                let node = frames[top].node
                if frames[top].position < frames[top].successors.count {
                    let next = frames[top].successors[frames[top].position]
                    frames[top].position += 1
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        frames.append((next, successors(next), 0))
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
                    var component: [Int] = []
                    while true {
                        let member = stack.removeLast()
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }
}
