package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** {@code If-Match} cannot hold: 412, and the command is not run. */
class PreconditionFailedException extends ProblemException {

    PreconditionFailedException(String message) {
        super(ProblemCode.VERSION_MISMATCH, message, List.of(), false);
    }
}
