package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.problem.InvalidField;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/**
 * A request field that is valid on its own but not together with the others: 400 naming the field.
 */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String field, String message) {
        super(
                ProblemCode.INVALID_INPUT,
                "The request has invalid fields.",
                List.of(new InvalidField(field, message)),
                false);
    }
}
