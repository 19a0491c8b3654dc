package be.thorpark.ledger.query.status;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Shares each view processor's segments among the query-side instances running on one store. Left
 * alone, the first instance to start claims every segment and the others only stand by.
 *
 * <p>Every instance records itself in {@code campus.query.instance-collection} (default {@code
 * query_instances}) once per {@code campus.query.instance-beat} (default 1 s) and counts the
 * instances seen within five beats, itself included. It then holds at most its share of each
 * processor's segments, rounded up: the processor releases segments above the share and another
 * instance claims them when it next looks for free segments. An instance that stops removes its
 * record; one that dies ages out, its claims time out, and the others' shares grow back to take its
 * segments. Liveness compares wall clocks, as the token store's claim timeout already does.
 */
@Component
class SegmentSharing implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentSharing.class);
    private static final int BEATS_TO_EXPIRE = 5;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final MongoCollection<Document> instances;
    private final TokenStore tokenStore;
    private final Duration beat;
    private final int defaultSegments;
    private final String instanceId;
    private final Map<String, Integer> segmentCounts = new ConcurrentHashMap<>();
    private volatile int liveInstances = 1;
    private volatile ScheduledExecutorService beating;

    SegmentSharing(
            MongoDatabase database,
            TokenStore tokenStore,
            @Value("${campus.query.instance-collection:query_instances}") String collection,
            @Value("${campus.query.instance-beat:1s}") Duration beat,
            @Value("${campus.query.segments:2}") int defaultSegments) {
        this.instances = database.getCollection(collection);
        this.tokenStore = tokenStore;
        this.beat = beat;
        this.defaultSegments = defaultSegments;
        this.instanceId =
                ManagementFactory.getRuntimeMXBean().getName()
                        + "/"
                        + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Asked by each processor again and again; answers from what the last beat saw, without reading
     * anything.
     */
    @Override
    public int getMaxSegments(String processorName) {
        int segments = segmentCounts.computeIfAbsent(processorName, name -> defaultSegments);
        int live = Math.max(1, liveInstances);
        return Math.max(1, (segments + live - 1) / live);
    }

    @Override
    public synchronized void start() {
        if (beating != null) {
            return;
        }
        instances.deleteMany(Filters.lt("seenAt", Date.from(Instant.now().minus(FORGET_AFTER))));
        beat();
        beating =
                Executors.newSingleThreadScheduledExecutor(
                        runnable -> {
                            Thread thread = new Thread(runnable, "segment-sharing");
                            thread.setDaemon(true);
                            return thread;
                        });
        beating.scheduleWithFixedDelay(
                this::beat, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (beating == null) {
            return;
        }
        beating.shutdownNow();
        beating = null;
        try {
            instances.deleteOne(Filters.eq("_id", instanceId));
        } catch (MongoException e) {
            LOG.warn(
                    "Could not remove this instance's record; it ages out by itself: {}",
                    e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return beating != null;
    }

    /**
     * Before the processors start, so that they claim no more than their share from the first
     * moment.
     */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }

    private void beat() {
        try {
            Instant now = Instant.now();
            instances.replaceOne(
                    Filters.eq("_id", instanceId),
                    new Document("_id", instanceId).append("seenAt", Date.from(now)),
                    new ReplaceOptions().upsert(true));
            Date alive = Date.from(now.minus(beat.multipliedBy(BEATS_TO_EXPIRE)));
            liveInstances =
                    (int) Math.max(1, instances.countDocuments(Filters.gte("seenAt", alive)));
            for (String processor : segmentCounts.keySet()) {
                int segments = tokenStore.fetchSegments(processor).length;
                if (segments > 0) {
                    segmentCounts.put(processor, segments);
                }
            }
        } catch (RuntimeException e) {
            // The shares stay as they were; the next beat tries again.
            LOG.warn("Could not count the query-side instances: {}", e.getMessage());
        }
    }
}
