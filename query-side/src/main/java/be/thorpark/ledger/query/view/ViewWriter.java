package be.thorpark.ledger.query.view;

import com.mongodb.MongoServerException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Map;

/**
 * The collections a projection writes into: a database and a collection-name prefix ({@code v1_} for the live views,
 * another prefix or another database for a rebuild).
 *
 * <p>Every write is one atomic single-document upsert that applies an event at most once. A document remembers, per
 * emitting entity, the last position applied to it ({@code applied.<entity>}); the update's filter requires that
 * position to be absent or lower than the event's. Events of one entity arrive in order (one segment handles an
 * entity), so a repeat or a replay matches nothing. An upsert that matches nothing tries to insert a document with
 * the same {@code _id}, which the unique {@code _id} refuses (duplicate key 11000): that too means "already applied".
 * Every document also keeps {@code position}, the highest position that changed it.
 */
public final class ViewWriter {

    static final int DUPLICATE_KEY = 11000;

    private final MongoDatabase database;
    private final String prefix;

    public ViewWriter(MongoDatabase database, String prefix) {
        if (prefix == null || !prefix.matches("[a-z0-9_]{0,20}")) {
            throw new IllegalArgumentException("a collection prefix holds lower-case letters, digits or '_'");
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
     * Applies {@code update} to document {@code id} of {@code collection} once for {@code event}, creating the
     * document if needed.
     *
     * @return whether the document changed (false when the event had already been applied to it)
     */
    public boolean apply(String collection, String id, ViewEvent event, Bson update) {
        String appliedField = appliedField(event.aggregateId());
        Bson filter = Filters.and(Filters.eq("_id", id), Filters.not(Filters.gte(appliedField, event.position())));
        Bson full = Updates.combine(update, Updates.set(appliedField, event.position()),
                Updates.max("position", event.position()));
        try {
            UpdateResult result = collection(collection).updateOne(filter, full, new UpdateOptions().upsert(true));
            return result.getUpsertedId() != null || result.getModifiedCount() > 0;
        } catch (MongoServerException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
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
