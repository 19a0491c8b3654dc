package be.thorpark.ledger.query.odata;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a request asks of an entity set: which entities ({@code $filter}), in which order ({@code
 * $orderby}), how many ({@code $skip}, {@code $top}), whether to count them ({@code $count}), and
 * the page size.
 */
record FeedQuery(
        Predicate<FeedRow> filter,
        List<Order> orders,
        Integer skip,
        Integer top,
        boolean count,
        int pageSize) {

    /** The filter of a query without {@code $filter}. */
    static final Predicate<FeedRow> ALL = row -> true;

    record Order(String property, boolean descending) {}
}
