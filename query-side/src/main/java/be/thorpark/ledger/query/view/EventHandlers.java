package be.thorpark.ledger.query.view;

/**
 * Where a projection declares what it does with each event type. A part shared by several views
 * (the lease timeline) is a function that declares its handlers on the views that include it.
 */
public interface EventHandlers {

    /** What one event type does to a view. */
    @FunctionalInterface
    interface Handler<E> {
        void on(E event, ViewTarget target);
    }

    /**
     * Declares a handler for {@code type}; several handlers of one type run in the order declared.
     */
    <E> void on(Class<E> type, Handler<E> handler);

    /**
     * Declares a handler for every event type of the package {@code sample} is in, run after the
     * handlers of the event's own type: for a rule that holds for every event of one entity, also
     * for the events added later.
     */
    void onEveryEventLike(Class<?> sample, Handler<Object> handler);
}
