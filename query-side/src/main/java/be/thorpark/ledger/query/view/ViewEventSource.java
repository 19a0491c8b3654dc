package be.thorpark.ledger.query.view;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.StoredEvent;
import be.thorpark.ledger.eventstore.config.LedgerStoreProperties;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The history as the view processors read it: straight from the ledger's storage engine (exact-key
 * reads after a position), with a wake-up on every append in this process.
 *
 * <p>Axon's embedded event store does not tell a pooled processor that events arrived (its streams
 * have no availability callback), so an idle processor looked again only every 500 ms. The streams
 * of this source accept the callback and run it as soon as a command of this process has appended
 * its events, which are then durable and readable. Events appended by another process are found by
 * a watcher that looks for events after the last one it saw every {@code
 * campus.event-store.fetch-delay} (200 ms) and wakes the processors when there are; it also wakes
 * them at least every 500 ms, as Axon does without a callback, so that an idle processor keeps
 * extending its claims.
 */
@Component
public class ViewEventSource
        implements StreamableMessageSource<TrackedEventMessage<?>>, DisposableBean {

    private static final int BATCH = 100;
    private static final long IDLE_WAKE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final MongoLedgerStorageEngine engine;
    private final long fetchDelayNanos;
    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private final Object appended = new Object();
    private long generation;
    private final ScheduledExecutorService watcher =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("ViewEventSource"));
    private long lastSeen = -1;
    private long lastWake;

    public ViewEventSource(
            MongoLedgerStorageEngine engine, EventBus eventBus, LedgerStoreProperties properties) {
        this.engine = engine;
        this.fetchDelayNanos = properties.eventStore().fetchDelay().toNanos();
        // Subscribers are told after the append, within the appending command's unit of work.
        eventBus.subscribe(events -> appended());
        watcher.scheduleWithFixedDelay(
                this::watch, fetchDelayNanos, fetchDelayNanos, TimeUnit.NANOSECONDS);
    }

    private void watch() {
        try {
            if (lastSeen < 0) {
                lastSeen = engine.headPosition();
            }
            // After the last position seen rather than the head: in a process that never appends,
            // finding the
            // head walks every commit since start-up, while this is one exact-key read.
            List<StoredEvent> next = engine.readAfter(lastSeen, BATCH);
            long now = System.nanoTime();
            if (!next.isEmpty() || now - lastWake >= IDLE_WAKE_NANOS) {
                if (!next.isEmpty()) {
                    lastSeen = next.get(next.size() - 1).position();
                }
                lastWake = now;
                appended();
            }
        } catch (RuntimeException storeUnavailable) {
            // The processors report a store that cannot be read themselves; look again at the next
            // tick.
        }
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }

    private void appended() {
        synchronized (appended) {
            generation++;
            appended.notifyAll();
        }
        callbacks.forEach(Runnable::run);
    }

    private long generation() {
        synchronized (appended) {
            return generation;
        }
    }

    private void awaitAppend(long seen, long maxNanos) throws InterruptedException {
        long deadline = System.nanoTime() + maxNanos;
        synchronized (appended) {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(appended, left);
            }
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        return new Stream(from);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant at) {
        return engine.createTokenAt(at);
    }

    /**
     * One processor's read position; used by its coordinator thread only, woken from the appending
     * threads.
     */
    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final ArrayDeque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
        private TrackingToken last;
        private Runnable callback;

        private Stream(TrackingToken from) {
            this.last = from;
        }

        private void fill() {
            // One read, on this thread: a stream per look would start a reader thread each time
            // and read once more to find the end, at every wake-up of every processor.
            buffer.addAll(engine.nextBatch(last, BATCH));
            if (!buffer.isEmpty()) {
                last = buffer.peekLast().trackingToken();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(buffer.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (buffer.isEmpty()) {
                // Read the counter first: an append between the read and the wait ends the wait at
                // once.
                long seen = generation();
                fill();
                long left = deadline - System.nanoTime();
                if (!buffer.isEmpty() || left <= 0) {
                    break;
                }
                awaitAppend(seen, Math.min(left, fetchDelayNanos));
            }
            return !buffer.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // Only a spurious end of the wait gets here; look again.
            }
            return buffer.poll();
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                callbacks.remove(this.callback);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            buffer.clear();
        }
    }
}
