package be.thorpark.ledger.query.view;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-your-writes: a query with {@code ?minPosition=P} waits until its view has reached P, at most
 * {@code campus.query.read-your-writes-timeout} (default 5 s), and otherwise is answered 503 with Retry-After.
 */
@Component
public class ViewConsistency {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final ViewPositions positions;
    private final Duration timeout;

    ViewConsistency(ViewPositions positions,
                    @Value("${campus.query.read-your-writes-timeout:5s}") Duration timeout) {
        this.positions = positions;
        this.timeout = timeout;
    }

    /** The position the view reflects, once it is at least {@code minPosition} (when given). */
    public long await(String view, Long minPosition) {
        if (minPosition != null && minPosition < 0) {
            throw new BadViewRequestException("minPosition", "minPosition must be 0 or more");
        }
        long reached = positions.position(view);
        if (minPosition == null || reached >= minPosition) {
            return reached;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_NANOS);
            reached = positions.position(view);
            if (reached >= minPosition) {
                return reached;
            }
        }
        throw new ViewBehindException(view, minPosition, reached);
    }
}
