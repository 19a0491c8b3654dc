package be.thorpark.ledger.query.view;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** Builds the framework-free {@link ViewEvent} from what an Axon event handler receives. */
public final class ViewEvents {

    private ViewEvents() {}

    public static ViewEvent from(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = TokenPositions.eventPosition(token);
        if (message instanceof DomainEventMessage<?> domain
                && domain.getAggregateIdentifier() != null) {
            return new ViewEvent(
                    position,
                    domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(),
                    message.getTimestamp(),
                    payload);
        }
        // An event outside any entity is its own source: it can only ever be applied once anyway.
        return new ViewEvent(
                position, "event-" + message.getIdentifier(), 0, message.getTimestamp(), payload);
    }
}
