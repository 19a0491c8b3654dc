package be.thorpark.ledger.query.view;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/**
 * A read that the current state cannot answer yet, such as the pack of a report that is not
 * approved.
 */
public class ViewConflictException extends ProblemException {

    public ViewConflictException(ProblemCode code, String message) {
        super(code, message, List.of(), false);
    }
}
