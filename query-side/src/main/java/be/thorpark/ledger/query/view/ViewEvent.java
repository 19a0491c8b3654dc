package be.thorpark.ledger.query.view;

import java.time.Instant;

/**
 * One event as a projection sees it, free of any framework type so that a projection can be fed
 * from a live processor, a rebuild or a test alike.
 *
 * @param position the event's global position (1, 2, 3, ...)
 * @param aggregateId the entity that emitted it; updates are idempotent per emitting entity
 * @param sequence the event's 0-based sequence within that entity
 * @param recordedAt when the event was created
 * @param payload the event itself (a record of {@code be.thorpark.ledger.events})
 */
public record ViewEvent(
        long position, String aggregateId, long sequence, Instant recordedAt, Object payload) {

    public ViewEvent {
        if (position < 1) {
            throw new IllegalArgumentException("an event position starts at 1");
        }
        if (aggregateId == null || aggregateId.isBlank()) {
            throw new IllegalArgumentException("an event names the entity that emitted it");
        }
        if (payload == null) {
            throw new IllegalArgumentException("an event has a payload");
        }
    }
}
