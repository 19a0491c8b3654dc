package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.LedgerMetadata;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event history for auditors, as {@code GET /api/events}: one entity per event, keyed by its
 * position, up to the position the request reflects. Read by exact positions in batches, so a page
 * deep in the history costs what a page at its start costs; the payload is the stored JSON text.
 */
final class EventsFeed implements FeedSet {

    static final String NAME = "Events";
    private static final int BATCH = 500;

    private final EventLog log;
    private final JsonMapper json = JsonMapper.builder().build();

    EventsFeed(EventLog log) {
        this.log = log;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String typeName() {
        return "Event";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                int64("Position"),
                text("EventId"),
                text("Type"),
                text("PayloadType"),
                text("Revision"),
                text("EntityType"),
                text("EntityId"),
                int64("EntityVersion"),
                instant("RecordedAt"),
                instant("Timestamp"),
                text("Actor"),
                text("CorrelationId"),
                text("CausationId"),
                text("IdempotencyKey"),
                text("Reason"),
                text("Payload"),
                text("Hash"));
    }

    @Override
    public String key() {
        return "Position";
    }

    @Override
    public String view() {
        return null;
    }

    @Override
    public boolean auditorsOnly() {
        return true;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return rows(context, PositionRange.ALL);
    }

    /**
     * The events of {@code range} up to the context's position: the scan reads nothing outside it.
     */
    RowSource rows(FeedContext context, PositionRange range) {
        long end = Math.min(context.position(), range.upTo());
        return cursor -> {
            long after = Math.max(range.after(), cursor == null ? 0 : Long.parseLong(cursor));
            Iterator<FeedRow> rows =
                    new Iterator<>() {
                        private final Deque<StoredEvent> batch = new ArrayDeque<>();
                        private long read = after;

                        @Override
                        public boolean hasNext() {
                            if (batch.isEmpty() && read < end) {
                                List<StoredEvent> next =
                                        log.readAfter(read, (int) Math.min(BATCH, end - read));
                                batch.addAll(next);
                                read = next.isEmpty() ? end : next.get(next.size() - 1).position();
                            }
                            return !batch.isEmpty();
                        }

                        @Override
                        public FeedRow next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            StoredEvent event = batch.removeFirst();
                            return new FeedRow(entity(event), Long.toString(event.position()));
                        }
                    };
            return StreamSupport.stream(
                    Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
        };
    }

    private Map<String, Object> entity(StoredEvent e) {
        JsonNode metadata = json.readTree(e.metadata());
        boolean entity = e.aggregateType() != null;
        return FeedValues.entity(
                "Position", e.position(),
                "EventId", e.eventId(),
                "Type",
                        e.payloadType()
                                .substring(e.payloadType().lastIndexOf('.') + 1)
                                .replace('$', '.'),
                "PayloadType", e.payloadType(),
                "Revision", e.payloadRevision(),
                "EntityType", e.aggregateType(),
                "EntityId", entity ? e.aggregateId() : null,
                "EntityVersion", entity ? e.entityVersion() : null,
                "RecordedAt", e.recordedAt(),
                "Timestamp", e.timestamp(),
                "Actor", metadataText(metadata, LedgerMetadata.ACTOR),
                "CorrelationId", metadataText(metadata, LedgerMetadata.CORRELATION_ID),
                "CausationId", metadataText(metadata, LedgerMetadata.CAUSATION_ID),
                "IdempotencyKey", metadataText(metadata, LedgerMetadata.IDEMPOTENCY_KEY),
                "Reason", metadataText(metadata, LedgerMetadata.REASON),
                "Payload", e.payload(),
                "Hash", e.hash());
    }

    private static String metadataText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
