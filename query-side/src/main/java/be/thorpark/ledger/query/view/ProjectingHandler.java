package be.thorpark.ledger.query.view;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The Axon event handler of one view, the same class for every view: it turns the message into a
 * {@link ViewEvent} and lets the view's projection write it into the view's active generation. One
 * is registered per view, in the view's processing group (its name).
 */
public final class ProjectingHandler {

    private final Projection projection;
    private final ActiveViews views;

    ProjectingHandler(Projection projection, ActiveViews views) {
        this.projection = projection;
        this.views = views;
    }

    /**
     * Registers the handler of {@code projection} and assigns it to the processing group named
     * after the view.
     */
    public static EventProcessingConfigurer register(
            EventProcessingConfigurer processing, Projection projection, ActiveViews views) {
        ProjectingHandler handler = new ProjectingHandler(projection, views);
        return processing
                .registerEventHandler(c -> handler)
                .assignHandlerInstancesMatching(projection.name(), instance -> instance == handler);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        views.apply(projection, ViewEvents.from(payload, message, token));
    }
}
