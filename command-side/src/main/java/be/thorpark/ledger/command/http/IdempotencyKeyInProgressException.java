package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/** The first request with this key is still running: 409, try again shortly. */
class IdempotencyKeyInProgressException extends ProblemException {

    IdempotencyKeyInProgressException() {
        super(
                ProblemCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; "
                        + "repeat it shortly to get its answer",
                List.of(),
                false);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(HttpHeaders.RETRY_AFTER, "1");
    }
}
