package be.thorpark.ledger.query.view;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.conversions.Bson;

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
     * Declares the most common handler: {@code type} changes one document of {@code collection},
     * the one whose {@code _id} the event names ({@code id}), by the update {@code update} makes of
     * the event.
     */
    default <E> void update(
            Class<E> type,
            String collection,
            Function<? super E, String> id,
            BiFunction<? super E, ViewEvent, Bson> update) {
        on(type, (e, t) -> t.apply(collection, id.apply(e), update.apply(e, t.event())));
    }

    /**
     * Declares a handler for every event type of the package {@code sample} is in, run after the
     * handlers of the event's own type: for a rule that holds for every event of one entity, also
     * for the events added later.
     */
    void onEveryEventLike(Class<?> sample, Handler<Object> handler);
}
