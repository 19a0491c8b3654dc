package be.thorpark.ledger.query.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far a rebuild is: position against the head, events per second and the estimated time left.
 */
public final class RebuildProgress {

    public enum State {
        RUNNING,
        SWITCHING,
        SWITCHED,
        DONE,
        FAILED
    }

    private final String id;
    private final List<String> views;
    private final String prefix;
    private final Instant startedAt;
    private volatile State state = State.RUNNING;
    private volatile long position;
    private volatile long head;
    private volatile long applied;
    private volatile Instant lastEventAt;
    private volatile Instant switchedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    RebuildProgress(String id, List<String> views, String prefix, Instant startedAt, long head) {
        this.id = id;
        this.views = List.copyOf(views);
        this.prefix = prefix;
        this.startedAt = startedAt;
        this.head = head;
    }

    void advance(long reached, Instant at) {
        position = reached;
        applied++;
        lastEventAt = at;
    }

    void head(long head) {
        this.head = head;
    }

    void state(State state) {
        this.state = state;
    }

    void switched(Instant at) {
        switchedAt = at;
        state = State.SWITCHED;
    }

    void finish(State state, String error, Instant at) {
        this.error = error;
        this.finishedAt = at;
        this.state = state;
    }

    @JsonProperty
    public String id() {
        return id;
    }

    @JsonProperty
    public List<String> views() {
        return views;
    }

    @JsonProperty
    public String prefix() {
        return prefix;
    }

    @JsonProperty
    public State state() {
        return state;
    }

    @JsonProperty
    public long position() {
        return position;
    }

    @JsonProperty
    public long head() {
        return head;
    }

    @JsonProperty
    public Instant startedAt() {
        return startedAt;
    }

    @JsonProperty
    public Instant switchedAt() {
        return switchedAt;
    }

    @JsonProperty
    public Instant finishedAt() {
        return finishedAt;
    }

    @JsonProperty
    public String error() {
        return error;
    }

    /** Events applied per second since the start (until the last event applied). */
    @JsonProperty
    public double eventsPerSecond() {
        Instant until = lastEventAt == null ? startedAt : lastEventAt;
        long millis = Math.max(1, Duration.between(startedAt, until).toMillis());
        return Math.round(applied * 10_000.0 / millis) / 10.0;
    }

    /** Seconds left at the current rate until the head is reached; null when unknown. */
    @JsonProperty
    public Long estimatedSecondsLeft() {
        double rate = eventsPerSecond();
        if (finished()) {
            return 0L;
        }
        return rate <= 0 ? null : (long) Math.ceil(Math.max(0, head - position) / rate);
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
