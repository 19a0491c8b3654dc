package be.thorpark.ledger.query.view;

import com.mongodb.client.model.IndexModel;
import java.util.List;
import java.util.Map;

/**
 * Turns events into the documents of one view. A projection holds no state and knows no framework:
 * whoever feeds it (the live processor, a rebuild into fresh collections, a test) chooses the
 * target it writes into.
 */
public interface Projection {

    /** The view's name, which is also its processing group. */
    String name();

    /** The collections (names without prefix) the view keeps its documents in. */
    List<String> collections();

    /**
     * Applies one event; events it does not care about are ignored. Must be idempotent per event.
     */
    void apply(ViewEvent event, ViewWriter target);

    /** The indexes the view's documented queries need, per collection name (without prefix). */
    default Map<String, List<IndexModel>> indexes() {
        return Map.of();
    }
}
