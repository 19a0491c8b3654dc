package be.thorpark.ledger.query.view;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every view exactly as it stood right after a position: the same projections, fed the history up
 * to that position, into a scratch database of the store. Nothing is approximated from the live
 * views, so a retroactive correction recorded later never changes what an earlier position shows.
 * The last few positions asked for are kept.
 *
 * <p>The scratch databases are named {@code scratch_<process>_...} ({@link
 * EmbeddedMongoServer#SCRATCH_PREFIX}): the embedded store keeps them in memory and off its file, a
 * real MongoDB keeps them as ordinary databases, and this process drops its own when it forgets an
 * answer and when it stops. No second server and no port of its own: the answers are read through
 * the same client and the same code as the live views.
 *
 * <p>On the way, the views are copied aside every {@code checkpointEvery} positions into a database
 * of their own; a later question starts from the nearest checkpoint at or before its position and
 * replays only the rest, so an answer costs at most {@code checkpointEvery} events of replay once
 * the checkpoints exist. A checkpoint is the same projections fed the same prefix, so starting from
 * it gives what a replay from position 0 gives. Checkpoints are named {@code
 * scratch_<process>_cp_<position>}. Questions about different positions are answered side by side;
 * the same position asked twice at once is computed once.
 */
@Component
public class TimeTravel implements DisposableBean {

    static final int DEFAULT_CHECKPOINT_EVERY = 10_000;
    private static final int COPY_BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(TimeTravel.class);

    private final List<Projection> projections;
    private final EventReplay replay;
    private final int kept;
    private final int checkpointEvery;
    private final int maxCheckpoints;
    private final Map<Long, CompletableFuture<ViewWriter>> answers =
            new LinkedHashMap<>(8, 0.75f, true);
    private final TreeMap<Long, MongoDatabase> checkpoints = new TreeMap<>();
    private final Set<Long> checkpointsBeingCopied = new HashSet<>();
    private final MongoClient store;
    private final String namePrefix;

    @Autowired
    TimeTravel(
            List<Projection> projections,
            EventReplay replay,
            MongoClient store,
            @Value("${campus.query.time-travel-kept:4}") int kept,
            @Value("${campus.query.time-travel-checkpoint-every:" + DEFAULT_CHECKPOINT_EVERY + "}")
                    int checkpointEvery,
            @Value("${campus.query.time-travel-checkpoints:64}") int maxCheckpoints) {
        this(store, replay, kept, projections, checkpointEvery, maxCheckpoints);
    }

    public TimeTravel(
            MongoClient store, EventReplay replay, int kept, List<Projection> projections) {
        this(store, replay, kept, projections, DEFAULT_CHECKPOINT_EVERY, 64);
    }

    /**
     * @param checkpointEvery positions between checkpoints; 0 replays every answer from position 0
     * @param maxCheckpoints checkpoints kept at most; past that every second one is dropped
     */
    public TimeTravel(
            MongoClient store,
            EventReplay replay,
            int kept,
            List<Projection> projections,
            int checkpointEvery,
            int maxCheckpoints) {
        this.store = store;
        // Two query sides on one store keep their scratch databases apart.
        byte[] process = new byte[4];
        new SecureRandom().nextBytes(process);
        this.namePrefix =
                EmbeddedMongoServer.SCRATCH_PREFIX + HexFormat.of().formatHex(process) + "_";
        this.projections = List.copyOf(projections);
        this.replay = replay;
        this.kept = Math.max(1, kept);
        this.checkpointEvery = Math.max(0, checkpointEvery);
        this.maxCheckpoints = Math.max(1, maxCheckpoints);
    }

    /** The views as they stood right after {@code position}. */
    public ViewWriter at(long position) {
        CompletableFuture<ViewWriter> mine = new CompletableFuture<>();
        CompletableFuture<ViewWriter> existing;
        synchronized (answers) {
            existing = answers.putIfAbsent(position, mine);
        }
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            ViewWriter computed = compute(position);
            mine.complete(computed);
            forgetOldAnswers();
            return computed;
        } catch (RuntimeException | Error e) {
            synchronized (answers) {
                answers.remove(position);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private ViewWriter compute(long position) {
        long started = System.nanoTime();
        MongoDatabase database = store.getDatabase(namePrefix + "asof_" + position);
        database.drop();
        ViewWriter target = new ViewWriter(database, "");
        long from = 0;
        Map.Entry<Long, MongoDatabase> start;
        synchronized (checkpoints) {
            start = checkpoints.floorEntry(position);
        }
        if (start != null) {
            copy(start.getValue(), database);
            from = start.getKey();
        }
        long startedFrom = from;
        while (from < position) {
            long next =
                    checkpointEvery == 0
                            ? position
                            : Math.min(position, (from / checkpointEvery + 1) * checkpointEvery);
            long reached =
                    replay.replay(
                            from, next, event -> projections.forEach(p -> p.apply(event, target)));
            if (reached < next) {
                break;
            }
            from = next;
            if (checkpointEvery > 0 && from % checkpointEvery == 0) {
                keepCheckpoint(from, database);
            }
        }
        log.info(
                "Views as of position {} computed in {} ms (replayed from position {})",
                position,
                (System.nanoTime() - started) / 1_000_000,
                startedFrom);
        return target;
    }

    /**
     * Copies the views as they stand at {@code position} aside, unless that checkpoint exists or is
     * being made.
     */
    private void keepCheckpoint(long position, MongoDatabase views) {
        synchronized (checkpoints) {
            if (checkpoints.containsKey(position) || !checkpointsBeingCopied.add(position)) {
                return;
            }
        }
        MongoDatabase checkpoint = store.getDatabase(namePrefix + "cp_" + position);
        checkpoint.drop();
        copy(views, checkpoint);
        List<MongoDatabase> dropped = new ArrayList<>();
        synchronized (checkpoints) {
            checkpointsBeingCopied.remove(position);
            checkpoints.put(position, checkpoint);
            if (checkpoints.size() > maxCheckpoints) {
                List<Long> all = new ArrayList<>(checkpoints.keySet());
                for (int i = 0; i < all.size(); i += 2) {
                    dropped.add(checkpoints.remove(all.get(i)));
                }
            }
        }
        dropped.forEach(MongoDatabase::drop);
    }

    private static void copy(MongoDatabase from, MongoDatabase to) {
        for (String name : from.listCollectionNames()) {
            MongoCollection<Document> target = to.getCollection(name);
            List<Document> batch = new ArrayList<>(COPY_BATCH);
            for (Document document : from.getCollection(name).find()) {
                batch.add(document);
                if (batch.size() == COPY_BATCH) {
                    target.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                target.insertMany(batch);
            }
        }
    }

    private void forgetOldAnswers() {
        List<CompletableFuture<ViewWriter>> forgotten = new ArrayList<>();
        synchronized (answers) {
            var eldest = answers.entrySet().iterator();
            while (answers.size() > kept && eldest.hasNext()) {
                var entry = eldest.next();
                if (entry.getValue().isDone()) {
                    forgotten.add(entry.getValue());
                    eldest.remove();
                }
            }
        }
        forgotten.forEach(answer -> answer.thenAccept(views -> views.database().drop()));
    }

    /** Drops every scratch database of this process; the client belongs to the store. */
    @Override
    public void destroy() {
        List<CompletableFuture<ViewWriter>> all;
        synchronized (answers) {
            all = new ArrayList<>(answers.values());
            answers.clear();
        }
        all.forEach(answer -> answer.thenAccept(views -> dropQuietly(views.database())));
        List<MongoDatabase> kept;
        synchronized (checkpoints) {
            kept = new ArrayList<>(checkpoints.values());
            checkpoints.clear();
        }
        kept.forEach(TimeTravel::dropQuietly);
    }

    /** At a stop the store may be gone already; the embedded one forgets scratch data anyway. */
    private static void dropQuietly(MongoDatabase database) {
        try {
            database.drop();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not drop the scratch database {}: {}", database.getName(), e.toString());
        }
    }
}
