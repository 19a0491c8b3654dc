package be.thorpark.ledger.query.replay;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** A rebuild is already running; one runs at a time. */
class RebuildRunningException extends ProblemException {

    RebuildRunningException(String id) {
        super(
                ProblemCode.REBUILD_RUNNING,
                "Rebuild " + id + " is still running; one rebuild runs at a time.",
                List.of(),
                false);
    }
}
