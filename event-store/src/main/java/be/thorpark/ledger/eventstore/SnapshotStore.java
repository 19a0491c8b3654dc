package be.thorpark.ledger.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The latest snapshot of each aggregate, one document per aggregate keyed by its id (an exact-key
 * read when the aggregate is loaded). Snapshots only ever move forward: they are a cache of the
 * history, never part of it, so they are neither hashed nor verified.
 */
final class SnapshotStore {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> snapshots;

    SnapshotStore(MongoCollection<Document> snapshots) {
        this.snapshots = snapshots;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = snapshot.serializeMetaData(serializer, String.class);
        Document doc =
                new Document("_id", snapshot.getAggregateIdentifier())
                        .append("aggType", snapshot.getType())
                        .append("seq", snapshot.getSequenceNumber())
                        .append("id", snapshot.getIdentifier())
                        .append("ts", snapshot.getTimestamp().toString())
                        .append("type", payload.getType().getName())
                        .append("rev", payload.getType().getRevision())
                        .append("payload", payload.getData())
                        .append("meta", metadata.getData());
        try {
            // Only ever move a snapshot forward; an older one racing in loses on the duplicate _id.
            snapshots.replaceOne(
                    Filters.and(
                            Filters.eq("_id", snapshot.getAggregateIdentifier()),
                            Filters.lt("seq", snapshot.getSequenceNumber())),
                    doc,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    Stream<? extends DomainEventData<?>> read(String aggregateIdentifier) {
        Document doc = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        if (doc == null) {
            return Stream.empty();
        }
        return Stream.of(
                new GenericDomainEventEntry<>(
                        doc.getString("aggType"),
                        aggregateIdentifier,
                        ((Number) doc.get("seq")).longValue(),
                        doc.getString("id"),
                        doc.getString("ts"),
                        doc.getString("type"),
                        doc.getString("rev"),
                        doc.getString("payload"),
                        doc.getString("meta")));
    }
}
