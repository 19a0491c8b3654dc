package be.thorpark.ledger.query.odata;

import java.util.stream.Stream;

/**
 * Entities in a stable scan order, read lazily in bounded batches. The stream must be closed: it
 * may hold a database cursor.
 */
@FunctionalInterface
interface RowSource {

    /** The entities after the one that carried {@code cursor} ({@code null}: from the start). */
    Stream<FeedRow> open(String cursor);
}
