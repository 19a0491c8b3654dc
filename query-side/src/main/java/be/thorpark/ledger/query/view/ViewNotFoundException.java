package be.thorpark.ledger.query.view;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** The requested entity is not (yet) in the view. */
public class ViewNotFoundException extends ProblemException {

    public ViewNotFoundException(String what, String id) {
        super(ProblemCode.NOT_FOUND, "No " + what + " with id " + id, List.of(), false);
    }
}
