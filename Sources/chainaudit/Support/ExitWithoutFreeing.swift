/// Keeps a value alive until the process exits, so that it is never freed.
///
/// The checked chains are the largest thing a run holds: a chain of a hundred
/// thousand subcontracts is millions of objects, and freeing them one by one
/// when the command returns takes longer than the report takes to write. The
/// command exits straight after, and the system reclaims the memory at once.
enum ExitWithoutFreeing {
    private final class Box {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Retains `value` for the rest of the process (a deliberate, one-off leak).
    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
