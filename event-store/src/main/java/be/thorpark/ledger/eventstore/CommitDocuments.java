package be.thorpark.ledger.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The stored shape of a commit. One document per commit keeps a unit of work atomic without
 * transactions; its unique multikey fields let every hot read be an exact-key lookup, which the
 * embedded server answers from an index:
 *
 * <ul>
 *   <li>{@code _id}: the commit's gap-free sequence number;
 *   <li>{@code positions}: every global position the commit holds (unique);
 *   <li>{@code aggKeys}: {@code aggregateId#sequence} of every event (unique: optimistic
 *       concurrency);
 *   <li>{@code eventIds}: every event id (unique);
 *   <li>{@code commitKey}: the command's {@link CommitKey} (unique, left out when there is none),
 *       with {@code requestHash} beside it.
 * </ul>
 */
final class CommitDocuments {

    static final String ID = "_id";
    static final String POSITIONS = "positions";
    static final String AGG_KEYS = "aggKeys";
    static final String EVENT_IDS = "eventIds";
    static final String FIRST = "first";
    static final String LAST = "last";
    static final String RECORDED_AT = "recordedAt";
    static final String EVENTS = "events";
    static final String COMMIT_KEY = "commitKey";
    static final String REQUEST_HASH = "requestHash";

    private CommitDocuments() {}

    static String aggKey(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }

    static Document toDocument(StoredCommit commit, CommitKey key) {
        Document document = toDocument(commit);
        if (key != null) {
            document.append(COMMIT_KEY, key.key()).append(REQUEST_HASH, key.requestHash());
        }
        return document;
    }

    static KeyedCommit keyedFromDocument(Document doc) {
        return new KeyedCommit(doc.getString(REQUEST_HASH), fromDocument(doc));
    }

    static Document toDocument(StoredCommit commit) {
        List<Long> positions = new ArrayList<>();
        List<String> aggKeys = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        List<Document> events = new ArrayList<>();
        for (StoredEvent e : commit.events()) {
            positions.add(e.position());
            if (e.aggregateType() != null) {
                aggKeys.add(aggKey(e.aggregateId(), e.sequence()));
            }
            eventIds.add(e.eventId());
            events.add(
                    new Document("pos", e.position())
                            .append("id", e.eventId())
                            .append("aggType", e.aggregateType())
                            .append("agg", e.aggregateId())
                            .append("seq", e.sequence())
                            .append("ts", e.timestamp().toString())
                            .append("rec", e.recordedAt().toString())
                            .append("type", e.payloadType())
                            .append("rev", e.payloadRevision())
                            .append("payload", e.payload())
                            .append("meta", e.metadata())
                            .append("hash", e.hash()));
        }
        Instant recordedAt = commit.events().get(0).recordedAt();
        return new Document(ID, commit.sequence())
                .append(FIRST, commit.firstPosition())
                .append(LAST, commit.lastPosition())
                .append(RECORDED_AT, java.util.Date.from(recordedAt))
                .append(POSITIONS, positions)
                .append(AGG_KEYS, aggKeys)
                .append(EVENT_IDS, eventIds)
                .append(EVENTS, events);
    }

    static StoredCommit fromDocument(Document doc) {
        List<StoredEvent> events = new ArrayList<>();
        for (Document e : doc.getList(EVENTS, Document.class)) {
            events.add(
                    new StoredEvent(
                            number(e.get("pos")),
                            e.getString("id"),
                            e.getString("aggType"),
                            e.getString("agg"),
                            number(e.get("seq")),
                            IsoInstants.parse(e.getString("ts")),
                            IsoInstants.parse(e.getString("rec")),
                            e.getString("type"),
                            e.getString("rev"),
                            e.getString("payload"),
                            e.getString("meta"),
                            e.getString("hash")));
        }
        return new StoredCommit(
                number(doc.get(ID)), number(doc.get(FIRST)), number(doc.get(LAST)), events);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
