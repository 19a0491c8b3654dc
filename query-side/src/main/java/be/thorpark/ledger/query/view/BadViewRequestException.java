package be.thorpark.ledger.query.view;

import be.thorpark.ledger.web.problem.InvalidField;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** A query parameter is out of its range. */
public class BadViewRequestException extends ProblemException {

    private final String field;

    public BadViewRequestException(String field, String message) {
        super(ProblemCode.INVALID_INPUT, message, List.of(new InvalidField(field, message)), false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
