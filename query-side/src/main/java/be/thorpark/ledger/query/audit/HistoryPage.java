package be.thorpark.ledger.query.audit;

import java.util.List;

/**
 * A page of the history.
 *
 * @param after the position the page started after
 * @param nextAfter pass this as {@code after} for the next page
 * @param headPosition the last stored position when the page was read
 * @param complete whether the page reached the head (or the end of the requested time range)
 */
record HistoryPage(
        List<HistoryEntry> items,
        long after,
        long nextAfter,
        long headPosition,
        boolean complete) {}
