package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;

/** The same idempotency key came with a different request: 422, and nothing runs. */
class IdempotencyKeyReusedException extends ProblemException {

    IdempotencyKeyReusedException() {
        super(
                ProblemCode.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used for a different request; "
                        + "use a new key for a new request",
                List.of(),
                false);
    }
}
