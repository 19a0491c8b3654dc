package be.thorpark.ledger.eventstore;

import java.time.Instant;

/**
 * One event exactly as the ledger stores it: its place in the global order, what it is about, and
 * the serialized payload and metadata covered by the hash chain.
 *
 * @param position global, gap-free position (1, 2, 3, ...)
 * @param eventId unique event identifier
 * @param aggregateType type of the entity the event belongs to
 * @param aggregateId the entity's identifier
 * @param sequence the event's 0-based sequence within its entity
 * @param timestamp when the event message was created
 * @param recordedAt when the store accepted the commit holding the event (never decreasing along
 *     positions)
 * @param payloadType the serialized payload's type name
 * @param payloadRevision the payload's revision, or null
 * @param payload the serialized payload (JSON text)
 * @param metadata the serialized metadata (JSON text)
 * @param hash hex SHA-256 over the previous event's hash and this event's canonical content
 */
public record StoredEvent(
        long position,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        Instant timestamp,
        Instant recordedAt,
        String payloadType,
        String payloadRevision,
        String payload,
        String metadata,
        String hash) {

    /** Entity version in the product's 1-based sense (1 after creation). */
    public long entityVersion() {
        return sequence + 1;
    }

    StoredEvent withHash(String newHash) {
        return new StoredEvent(
                position,
                eventId,
                aggregateType,
                aggregateId,
                sequence,
                timestamp,
                recordedAt,
                payloadType,
                payloadRevision,
                payload,
                metadata,
                newHash);
    }
}
