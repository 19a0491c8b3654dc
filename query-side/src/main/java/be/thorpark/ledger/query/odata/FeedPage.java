package be.thorpark.ledger.query.odata;

import java.util.List;

/**
 * One page of entities, the count over all pages when asked, and where the next page starts (null:
 * none).
 */
record FeedPage(List<FeedRow> rows, Long count, SkipToken next) {}
