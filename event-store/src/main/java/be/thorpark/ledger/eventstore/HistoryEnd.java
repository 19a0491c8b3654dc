package be.thorpark.ledger.eventstore;

/**
 * Where the history ends: the highest commit number and the highest position that are stored or are
 * known to have been stored (this process wrote them, or the store's head record names them). A
 * verifier that stops short of it has met a gap, however long.
 *
 * @param lastCommit the highest commit number, 0 when there is none
 * @param lastPosition the highest position, 0 when there is none
 */
public record HistoryEnd(long lastCommit, long lastPosition) {}
