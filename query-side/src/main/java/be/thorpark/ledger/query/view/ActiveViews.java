package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The collections each live view is kept in and read from: the ledger's database with a
 * collection-name prefix per view ({@code campus.query.collection-prefix}, default {@code v1_},
 * until a rebuild switches the view to the prefix of its fresh generation). The active prefix per
 * view is recorded in {@code view_generations}, so other query-side instances follow a switch
 * within {@link #REFRESH}.
 *
 * <p>Live events are applied under a shared lock and a switch takes the exclusive lock, so no event
 * is applied to the old generation after a rebuild's final catch-up.
 */
@Component
public class ActiveViews {

    public static final String GENERATIONS = "view_generations";
    static final Duration REFRESH = Duration.ofSeconds(1);

    private record Active(ViewWriter writer, Instant checkedAt) {}

    private final MongoDatabase database;
    private final String defaultPrefix;
    private final Clock clock;
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @Autowired
    public ActiveViews(
            MongoDatabase database, @Value("${campus.query.collection-prefix:v1_}") String prefix) {
        this(database, prefix, Clock.systemUTC());
    }

    ActiveViews(MongoDatabase database, String prefix, Clock clock) {
        this.database = database;
        this.defaultPrefix = new ViewWriter(database, prefix).prefix();
        this.clock = clock;
    }

    public MongoDatabase database() {
        return database;
    }

    /** Where view {@code view} is read from and written to now. */
    public ViewWriter writer(String view) {
        Instant now = clock.instant();
        Active current = active.get(view);
        if (current == null || current.checkedAt().plus(REFRESH).isBefore(now)) {
            current = new Active(reuse(current, storedPrefix(view)), now);
            active.put(view, current);
        }
        return current.writer();
    }

    /** Applies a live event to the active generation of the projection's view. */
    public void apply(Projection projection, ViewEvent event) {
        lock.readLock().lock();
        try {
            projection.apply(event, writer(projection.name()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Makes {@code prefix} the active generation of {@code view}. {@code finalCatchUp} runs first,
     * while no live event can be applied, so the new generation holds every event the old one had.
     */
    public void switchTo(String view, String prefix, Runnable finalCatchUp) {
        lock.writeLock().lock();
        try {
            finalCatchUp.run();
            generations()
                    .replaceOne(
                            Filters.eq("_id", view),
                            new Document("_id", view)
                                    .append("prefix", prefix)
                                    .append("switchedAt", Date.from(clock.instant())),
                            new ReplaceOptions().upsert(true));
            active.put(view, new Active(new ViewWriter(database, prefix), clock.instant()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ViewWriter reuse(Active current, String prefix) {
        return current != null && current.writer().prefix().equals(prefix)
                ? current.writer()
                : new ViewWriter(database, prefix);
    }

    private String storedPrefix(String view) {
        Document generation = generations().find(Filters.eq("_id", view)).first();
        return generation == null ? defaultPrefix : generation.getString("prefix");
    }

    private MongoCollection<Document> generations() {
        return database.getCollection(GENERATIONS);
    }
}
