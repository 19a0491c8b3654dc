package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The collections a projection writes into: a database and a collection-name prefix ({@code v1_}
 * for the live views, another prefix or another database for a rebuild).
 *
 * <p>Every write applies an event to a document at most once. A document remembers, per emitting
 * entity, the last position applied to it ({@code applied.<entity>}); an event at or below that
 * position is skipped. Events of one entity arrive in order (one segment handles an entity), so a
 * repeat or a replay changes nothing. The check and the write are one step per document in this
 * process, and both address the document by {@code _id} only, which every server answers from its
 * primary index. Every document also keeps {@code position}, the highest position that changed it.
 */
public final class ViewWriter {

    /**
     * Appliers of one document take turns: the check "already applied?" and the write must not
     * interleave with another applier of the same document in this process (a rebuild catching up
     * while the live processor runs). Across processes Axon's segment claims keep two appliers of
     * one entity apart.
     */
    private static final Object[] LOCKS = new Object[256];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final MongoDatabase database;
    private final String prefix;

    public ViewWriter(MongoDatabase database, String prefix) {
        if (prefix == null || !prefix.matches("[a-z0-9_]{0,20}")) {
            throw new IllegalArgumentException(
                    "a collection prefix holds lower-case letters, digits or '_'");
        }
        this.database = database;
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public MongoDatabase database() {
        return database;
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(prefix + name);
    }

    /**
     * Applies {@code update} to document {@code id} of {@code collection} once for {@code event},
     * creating the document if needed.
     *
     * @return whether the document changed (false when the event had already been applied to it)
     */
    public boolean apply(String collection, String id, ViewEvent event, Bson update) {
        String appliedField = appliedField(event.aggregateId());
        Bson full =
                Updates.combine(
                        update,
                        Updates.set(appliedField, event.position()),
                        Updates.max("position", event.position()));
        // A document is named by its database too: time travel's scratch databases hold documents
        // of their own.
        Object lock =
                LOCKS[
                        Math.floorMod(
                                (database.getName()
                                                + '\u0000'
                                                + prefix
                                                + collection
                                                + '\u0000'
                                                + id)
                                        .hashCode(),
                                LOCKS.length)];
        synchronized (lock) {
            // Filter on _id alone: a server without secondary indexes (the embedded one) answers
            // only such exact
            // keys from an index and would otherwise scan the whole collection for every event.
            Document current =
                    collection(collection)
                            .find(Filters.eq("_id", id))
                            .projection(Projections.include(appliedField))
                            .first();
            if (current != null
                    && appliedPosition(current, event.aggregateId()) >= event.position()) {
                return false;
            }
            collection(collection)
                    .updateOne(Filters.eq("_id", id), full, new UpdateOptions().upsert(true));
            return true;
        }
    }

    private static long appliedPosition(Document document, String aggregateId) {
        Object applied = document.get("applied");
        if (applied instanceof Document map
                && map.get(FieldKeys.encode(aggregateId)) instanceof Number n) {
            return n.longValue();
        }
        return 0;
    }

    /** Creates the projection's indexes in this target. */
    public void ensureIndexes(Projection projection) {
        for (Map.Entry<String, List<IndexModel>> entry : projection.indexes().entrySet()) {
            if (!entry.getValue().isEmpty()) {
                collection(entry.getKey()).createIndexes(entry.getValue());
            }
        }
    }

    /** The field that holds the last position applied from {@code aggregateId}. */
    public static String appliedField(String aggregateId) {
        return "applied." + FieldKeys.encode(aggregateId);
    }
}
