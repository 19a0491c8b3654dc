package be.thorpark.ledger.query.view;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * What the Axon event handler of each view shares: it turns the message into a {@link ViewEvent} and lets the view's
 * projection write it into the view's active generation. Subclasses carry the processing group and the handler method.
 */
public abstract class ProjectingHandler {

    private final Projection projection;
    private final ActiveViews views;

    protected ProjectingHandler(Projection projection, ActiveViews views) {
        this.projection = projection;
        this.views = views;
    }

    public Projection projection() {
        return projection;
    }

    protected void handle(Object payload, EventMessage<?> message, TrackingToken token) {
        views.apply(projection, ViewEvents.from(payload, message, token));
    }
}
