package be.thorpark.ledger.query.odata;

import java.util.List;
import java.util.function.Function;

/**
 * An entity set given by its parts rather than by a class of its own: for sets that only read one
 * view through the REST view's own code and so need nothing but their names, typed properties and
 * rows.
 *
 * @param scansInKeyOrder whether the rows come in ascending key order, one per view document keyed
 *     by its {@code _id}
 */
record ComposedFeed(
        String name,
        String typeName,
        String key,
        String view,
        boolean scansInKeyOrder,
        List<FeedProperty> properties,
        Function<FeedContext, RowSource> source)
        implements FeedSet {

    @Override
    public RowSource rows(FeedContext context) {
        return source.apply(context);
    }
}
