package be.thorpark.ledger.query.odata;

import java.util.List;
import org.apache.olingo.server.api.ODataApplicationException;

/** One entity set of the feed: its typed properties, its key, where it reads from and how. */
interface FeedSet {

    /** The entity set's name in URLs ({@code Tenants}). */
    String name();

    /** The entity type's name ({@code Tenant}). */
    String typeName();

    List<FeedProperty> properties();

    /** The key property; its values are the REST ids. */
    String key();

    /**
     * The view (processing group) whose documents it reads, or null when it reads the event history
     * itself.
     */
    String view();

    default List<FeedNavigation> navigations() {
        return List.of();
    }

    /** Whether the history (auditors only) is read. */
    default boolean auditorsOnly() {
        return false;
    }

    /**
     * Whether the scan order is ascending key order, so ordering by the key costs nothing extra;
     * for a set read from view documents this also means one entity per document, keyed by the
     * document's {@code _id}.
     */
    default boolean scansInKeyOrder() {
        return true;
    }

    /** Every entity of the set in {@code context}. */
    RowSource rows(FeedContext context);

    /** The entities {@code navigation} leads to from the entity with key {@code key}. */
    default RowSource related(String navigation, FeedContext context, String key)
            throws ODataApplicationException {
        throw ODataProblems.badRequest(
                "The navigation " + navigation + " is not supported on " + name());
    }
}
