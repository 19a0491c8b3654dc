package be.thorpark.ledger.query.replay;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** A rebuild asked for a view that does not exist. */
class UnknownViewException extends ProblemException {

    UnknownViewException(String name, List<String> known) {
        super(
                ProblemCode.UNKNOWN_VIEW,
                "There is no view '" + name + "'; the views are " + known + ".",
                List.of(),
                false);
    }
}
