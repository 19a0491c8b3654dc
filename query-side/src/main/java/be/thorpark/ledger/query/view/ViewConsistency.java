package be.thorpark.ledger.query.view;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a query with {@code ?minPosition=P} waits until its view has reached P, at most
 * {@code campus.query.read-your-writes-timeout} (default 5 s), and otherwise is answered 503 with
 * Retry-After.
 *
 * <p>The wait ends on a signal: when this process runs the view's processor, {@link ViewSignals}
 * wakes the request as soon as the processor has moved on. A view whose processor runs in another
 * process gives no signal here, so the position is also read again every {@code
 * campus.query.read-your-writes-recheck} (default 20 ms).
 */
@Component
public class ViewConsistency {

    private final ViewPositions positions;
    private final ViewSignals signals;
    private final Duration timeout;
    private final long recheckNanos;

    ViewConsistency(
            ViewPositions positions,
            ViewSignals signals,
            @Value("${campus.query.read-your-writes-timeout:5s}") Duration timeout,
            @Value("${campus.query.read-your-writes-recheck:20ms}") Duration recheck) {
        this.positions = positions;
        this.signals = signals;
        this.timeout = timeout;
        this.recheckNanos = recheck.toNanos();
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
        while (true) {
            // The generation is read before the position: a signal between the two ends the next
            // wait at once.
            long seen = signals.generation(view);
            reached = positions.position(view);
            if (reached >= minPosition) {
                return reached;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ViewBehindException(view, minPosition, reached);
            }
            try {
                signals.awaitChange(view, seen, Math.min(left, recheckNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewBehindException(view, minPosition, reached);
            }
        }
    }
}
