package be.thorpark.ledger.query.status;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The processor status as health checks and metric scrapes see it: read at most once per second,
 * however often they ask, so that probes add no load to the store.
 */
@Component
class ViewLag {

    private static final long MAX_AGE_NANOS = Duration.ofSeconds(1).toNanos();

    private final ProcessorStatusReader reader;
    private ProcessorStatus last;
    private long readAt;

    ViewLag(ProcessorStatusReader reader) {
        this.reader = reader;
    }

    synchronized ProcessorStatus current() {
        long now = System.nanoTime();
        if (last == null || now - readAt > MAX_AGE_NANOS) {
            last = reader.read();
            readAt = now;
        }
        return last;
    }
}
