package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.problem.InvalidField;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** A request header that cannot be understood: 400 naming the header. */
class InvalidHeaderException extends ProblemException {

    InvalidHeaderException(String header, String message) {
        super(
                ProblemCode.INVALID_INPUT,
                "The " + header + " header " + message + ".",
                List.of(new InvalidField(header, message)),
                false);
    }
}
