package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.StoredEvent;
import java.time.Instant;

/** Which events of the history a reader wants; every criterion is optional. */
record HistoryFilter(
        String type,
        String entityId,
        String actor,
        String correlationId,
        Instant recordedFrom,
        Instant recordedTo) {

    boolean matches(HistoryEntry entry) {
        return (type == null || type.equals(entry.type()) || type.equals(entry.payloadType()))
                && (entityId == null || entityId.equals(entry.entityId()))
                && (actor == null || actor.equals(entry.actor()))
                && (correlationId == null || correlationId.equals(entry.correlationId()))
                && (recordedFrom == null || !entry.recordedAt().isBefore(recordedFrom))
                && (recordedTo == null || entry.recordedAt().isBefore(recordedTo));
    }

    /** Recorded time never decreases along positions, so nothing after this event can match. */
    boolean pastTheEnd(StoredEvent event) {
        return recordedTo != null && !event.recordedAt().isBefore(recordedTo);
    }
}
