package be.thorpark.ledger.eventstore.integrity;

/** The stored history fails verification, so no export of it can be signed as whole. */
public class HistoryBrokenException extends RuntimeException {

    private final transient VerificationResult result;

    public HistoryBrokenException(VerificationResult result) {
        super(
                "The stored history is broken at position "
                        + result.firstBrokenPosition()
                        + " ("
                        + result.problem()
                        + "): "
                        + result.detail());
        this.result = result;
    }

    public VerificationResult result() {
        return result;
    }
}
