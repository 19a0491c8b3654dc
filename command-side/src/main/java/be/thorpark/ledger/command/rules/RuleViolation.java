package be.thorpark.ledger.command.rules;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command refused by a business rule. Nothing is appended; the caller gets the stable {@code
 * code} and a sentence it can act on, answered with the status the code carries, and any figure it
 * needs to act (such as the amount still claimable) as a member of the problem body.
 */
public class RuleViolation extends ProblemException {

    /**
     * How the refusal is answered: a conflict with the current state, or a request that can never
     * succeed as is.
     */
    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        NOT_FOUND
    }

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RuleViolation(ProblemCode code, String message) {
        super(code, message, List.of(), false);
    }

    /** Adds a figure the client can act on to the problem answer. */
    public RuleViolation with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    @Override
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Kind kind() {
        return switch (status()) {
            case CONFLICT -> Kind.CONFLICT;
            case NOT_FOUND -> Kind.NOT_FOUND;
            default -> Kind.UNPROCESSABLE;
        };
    }
}
