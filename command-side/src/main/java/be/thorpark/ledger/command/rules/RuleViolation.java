package be.thorpark.ledger.command.rules;

/**
 * A command refused by a business rule. Nothing is appended; the caller gets the stable {@code code} and a sentence
 * it can act on.
 */
public class RuleViolation extends RuntimeException {

    /** How the refusal is answered: a conflict with the current state, or a request that can never succeed as is. */
    public enum Kind {
        CONFLICT, UNPROCESSABLE, NOT_FOUND
    }

    private final String code;
    private final Kind kind;

    public RuleViolation(String code, Kind kind, String message) {
        super(message, null, false, false);
        this.code = code;
        this.kind = kind;
    }

    public static RuleViolation conflict(String code, String message) {
        return new RuleViolation(code, Kind.CONFLICT, message);
    }

    public static RuleViolation unprocessable(String code, String message) {
        return new RuleViolation(code, Kind.UNPROCESSABLE, message);
    }

    public static RuleViolation notFound(String code, String message) {
        return new RuleViolation(code, Kind.NOT_FOUND, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
