package be.thorpark.ledger.eventstore.integrity;

/**
 * The outcome of checking the stored history against its hash chain.
 *
 * @param valid whether every event from position 1 to the head is present, in place and unchanged
 * @param events events checked
 * @param headPosition last position checked (the head when valid)
 * @param headHash the hash at {@code headPosition}
 * @param firstBrokenPosition the first position where the history is not as chained, or null when
 *     valid
 * @param problem what is wrong there, or null when valid
 * @param detail a sentence for the auditor, or null when valid
 */
public record VerificationResult(
        boolean valid,
        long events,
        long headPosition,
        String headHash,
        Long firstBrokenPosition,
        Problem problem,
        String detail) {

    public enum Problem {
        /** The event's content, metadata or hash differs from what the chain says. */
        CHANGED,
        /** A position is absent from the history. */
        MISSING,
        /** An event is stored at a place in the order that is not its own. */
        OUT_OF_ORDER
    }

    static VerificationResult valid(long events, long headPosition, String headHash) {
        return new VerificationResult(true, events, headPosition, headHash, null, null, null);
    }

    static VerificationResult broken(
            long events,
            long lastGoodPosition,
            String lastGoodHash,
            long position,
            Problem problem,
            String detail) {
        return new VerificationResult(
                false, events, lastGoodPosition, lastGoodHash, position, problem, detail);
    }
}
