package be.thorpark.ledger.eventstore;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Reports long work (a rebuild, a verification, an export) in the log as it goes: at most one line
 * per interval, with how far it is, the rate and, when the end is known, the time left.
 */
public final class ProgressLog implements Progress {

    private final Logger log;
    private final String what;
    private final String unit;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastReport = started;

    public ProgressLog(Logger log, String what, Duration interval) {
        this(log, what, interval, "events");
    }

    /**
     * @param unit what is counted, e.g. {@code events} or {@code commands}
     */
    public ProgressLog(Logger log, String what, Duration interval, String unit) {
        this.log = log;
        this.what = what;
        this.unit = unit;
        this.intervalNanos = interval.toNanos();
    }

    public ProgressLog(Logger log, String what) {
        this(log, what, Duration.ofSeconds(5));
    }

    @Override
    public void at(long done, long total) {
        long now = System.nanoTime();
        if (now - lastReport < intervalNanos || !log.isInfoEnabled()) {
            return;
        }
        lastReport = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        long rate = Math.round(done / seconds);
        if (total > 0) {
            long left = rate > 0 ? Math.max(0, total - done) / rate : -1;
            log.info(
                    "{}: {} of {} {} ({}%), {} {}/s, about {} s left",
                    what, done, total, unit, done * 100 / total, rate, unit, left < 0 ? "?" : left);
        } else {
            log.info("{}: {} {}, {} {}/s", what, done, unit, rate, unit);
        }
    }
}
