package be.thorpark.ledger.web.problem;

/** A request body longer than the configured limit: answered with 413. */
public class BodyTooLargeException extends RuntimeException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
