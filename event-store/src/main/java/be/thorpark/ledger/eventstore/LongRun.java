package be.thorpark.ledger.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * One piece of long work (a verification of the history, an export, the demo load) as it goes: how
 * much is done of how much, the rate, the state and, once finished, its result. It logs its
 * progress through {@link ProgressLog} and answers the same figures to whoever started it ({@link
 * #view()}), so a client can follow it without the log.
 */
public final class LongRun implements Progress {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    private final String id;
    private final String kind;
    private final String unit;
    private final Clock clock;
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();
    private final ProgressLog log;
    private volatile State state = State.RUNNING;
    private volatile long done;
    private volatile long total;
    private volatile long lastNanos = startedNanos;
    private volatile Instant finishedAt;
    private volatile String detail;
    private volatile Object result;

    /**
     * @param kind what the work is, e.g. {@code verification}
     * @param unit what {@code done} and {@code total} count, e.g. {@code events}
     */
    public LongRun(String id, String kind, String unit, Logger logger, String what, Clock clock) {
        this.id = id;
        this.kind = kind;
        this.unit = unit;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.log = new ProgressLog(logger, what, Duration.ofSeconds(5), unit);
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public State state() {
        return state;
    }

    public Object result() {
        return result;
    }

    @Override
    public void at(long done, long total) {
        this.done = done;
        this.total = Math.max(total, done);
        this.lastNanos = System.nanoTime();
        log.at(done, this.total);
    }

    public void total(long total) {
        this.total = total;
    }

    public void finish(Object result, String detail) {
        this.result = result;
        this.detail = detail;
        this.lastNanos = System.nanoTime();
        this.finishedAt = clock.instant();
        this.state = State.DONE;
    }

    public void fail(String detail) {
        this.detail = detail;
        this.lastNanos = System.nanoTime();
        this.finishedAt = clock.instant();
        this.state = State.FAILED;
    }

    public boolean finished() {
        return state != State.RUNNING;
    }

    /** The figures as they stand now. */
    public View view() {
        long d = done;
        long t = total;
        double seconds = Math.max(1e-3, (lastNanos - startedNanos) / 1e9);
        double rate = Math.round(d * 10.0 / seconds) / 10.0;
        Integer percent = null;
        if (t > 0) {
            percent = (int) Math.min(100, d * 100 / t);
        } else if (state == State.DONE) {
            percent = 100;
        }
        Long left =
                state != State.RUNNING
                        ? Long.valueOf(0)
                        : rate > 0 && t > 0
                                ? Long.valueOf((long) Math.ceil(Math.max(0, t - d) / rate))
                                : null;
        return new View(
                id,
                kind,
                state,
                d,
                t,
                unit,
                percent,
                rate,
                left,
                startedAt,
                finishedAt,
                detail,
                result);
    }

    /** What a client sees of a run. {@code total} is 0 while the end is not known. */
    public record View(
            String id,
            String kind,
            State state,
            long done,
            long total,
            String unit,
            Integer percent,
            double perSecond,
            Long estimatedSecondsLeft,
            Instant startedAt,
            Instant finishedAt,
            String detail,
            Object result) {}
}
