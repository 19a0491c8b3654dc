package be.thorpark.ledger.command.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether an entity has a history yet, without loading it. A registration asks before it creates: loading an entity
 * that does not exist throws (and Axon logs that at WARN with its stack trace), although "not registered yet" is the
 * usual, happy answer. Reading from sequence 0 asks the store for the entity's first events by exact key
 * ({@code id#0, id#1, ...}) and skips snapshots, so the cost does not grow with the history.
 */
@Component
public class EntityHistory {

    private final EventStore events;

    public EntityHistory(EventStore events) {
        this.events = events;
    }

    public boolean exists(String entityId) {
        return events.readEvents(entityId, 0).hasNext();
    }
}
