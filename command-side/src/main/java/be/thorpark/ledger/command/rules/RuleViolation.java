package be.thorpark.ledger.command.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private final Map<String, Object> properties = new LinkedHashMap<>();

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

    /** Adds a figure the client can act on (such as the amount still claimable) to the problem answer. */
    public RuleViolation with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
