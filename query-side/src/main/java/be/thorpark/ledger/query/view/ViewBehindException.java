package be.thorpark.ledger.query.view;

import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * A view did not reach the requested position within the read-your-writes timeout: 503, retry
 * shortly.
 */
public class ViewBehindException extends ProblemException {

    static final String RETRY_AFTER_SECONDS = "1";

    private final long requested;
    private final long reached;

    public ViewBehindException(String view, long requested, long reached) {
        super(
                ProblemCode.VIEW_BEHIND,
                "The "
                        + view
                        + " view has reached position "
                        + reached
                        + ", not yet "
                        + requested
                        + "; retry shortly",
                List.of(),
                false);
        this.requested = requested;
        this.reached = reached;
    }

    public long requested() {
        return requested;
    }

    public long reached() {
        return reached;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("requestedPosition", requested, "reachedPosition", reached);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(
                HttpHeaders.RETRY_AFTER,
                RETRY_AFTER_SECONDS,
                LedgerHeaders.EVENT_POSITION,
                Long.toString(reached));
    }
}
