package be.thorpark.ledger.command.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * {@link EntityHistory} over the event store of an {@code AggregateTestFixture}. That store refuses to read an entity
 * it has no given events for, where the ledger's store answers with an empty history.
 */
public final class FixtureHistory {

    private FixtureHistory() {
    }

    public static EntityHistory of(EventStore fixtureStore) {
        return new EntityHistory(fixtureStore) {
            @Override
            public boolean exists(String entityId) {
                try {
                    return super.exists(entityId);
                } catch (AggregateNotFoundException noGivenEvents) {
                    return false;
                }
            }
        };
    }
}
