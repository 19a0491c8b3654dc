package be.thorpark.ledger.query.view;

/** A query parameter is out of its range. */
public class BadViewRequestException extends RuntimeException {

    private final String field;

    public BadViewRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
