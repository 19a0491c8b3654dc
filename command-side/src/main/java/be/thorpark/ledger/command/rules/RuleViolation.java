package be.thorpark.ledger.command.rules;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;

import java.util.List;

/**
 * A command refused by a business rule. Nothing is appended; the caller gets the stable {@code code} and a sentence
 * it can act on, answered with the status the code carries.
 */
public class RuleViolation extends ProblemException {

    /** How the refusal is answered: a conflict with the current state, or a request that can never succeed as is. */
    public enum Kind {
        CONFLICT, UNPROCESSABLE, NOT_FOUND
    }

    public RuleViolation(ProblemCode code, String message) {
        super(code, message, List.of(), false);
    }

    public Kind kind() {
        return switch (status()) {
            case CONFLICT -> Kind.CONFLICT;
            case NOT_FOUND -> Kind.NOT_FOUND;
            default -> Kind.UNPROCESSABLE;
        };
    }
}
