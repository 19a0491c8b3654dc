package be.thorpark.ledger.eventstore;

import java.util.List;

/**
 * One atomic commit: the events of one unit of work, with consecutive positions.
 *
 * @param sequence the commit's own gap-free number (1, 2, 3, ...)
 */
public record StoredCommit(
        long sequence, long firstPosition, long lastPosition, List<StoredEvent> events) {}
