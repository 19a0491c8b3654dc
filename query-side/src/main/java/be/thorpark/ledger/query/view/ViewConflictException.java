package be.thorpark.ledger.query.view;

/** A read that the current state cannot answer yet, such as the pack of a report that is not approved. */
public class ViewConflictException extends RuntimeException {

    private final String code;

    public ViewConflictException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
