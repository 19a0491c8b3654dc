package be.thorpark.ledger.query.view;

import org.bson.conversions.Bson;

/**
 * The event being applied and the view it goes into, as each typed handler of a projection receives
 * them.
 */
public record ViewTarget(ViewEvent event, ViewWriter writer) {

    /** Applies {@code update} to document {@code id} of {@code collection} once for this event. */
    public void apply(String collection, String id, Bson update) {
        writer.apply(collection, id, event, update);
    }
}
