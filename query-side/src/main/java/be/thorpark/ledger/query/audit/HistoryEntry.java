package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.LedgerMetadata;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event of the history as auditors read it.
 *
 * @param type the event's name, e.g. {@code LeaseSigned}
 * @param entityVersion the entity's 1-based version after this event
 * @param recordedAt when the ledger stored it
 * @param timestamp when the event was raised
 */
record HistoryEntry(
        long position,
        String eventId,
        String type,
        String payloadType,
        String revision,
        String entityType,
        String entityId,
        Long entityVersion,
        Instant recordedAt,
        Instant timestamp,
        String actor,
        String correlationId,
        String causationId,
        String idempotencyKey,
        String reason,
        JsonNode payload,
        String hash) {

    static HistoryEntry of(StoredEvent e, JsonMapper json) {
        JsonNode metadata = json.readTree(e.metadata());
        String simpleType =
                e.payloadType().substring(e.payloadType().lastIndexOf('.') + 1).replace('$', '.');
        return new HistoryEntry(
                e.position(),
                e.eventId(),
                simpleType,
                e.payloadType(),
                e.payloadRevision(),
                e.aggregateType(),
                e.aggregateType() == null ? null : e.aggregateId(),
                e.aggregateType() == null ? null : e.entityVersion(),
                e.recordedAt(),
                e.timestamp(),
                text(metadata, LedgerMetadata.ACTOR),
                text(metadata, LedgerMetadata.CORRELATION_ID),
                text(metadata, LedgerMetadata.CAUSATION_ID),
                text(metadata, LedgerMetadata.IDEMPOTENCY_KEY),
                text(metadata, LedgerMetadata.REASON),
                json.readTree(e.payload()),
                e.hash());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
