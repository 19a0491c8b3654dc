package be.thorpark.ledger.eventstore;

/**
 * A commit stored under a {@link CommitKey}: what a repeat of the request is answered from.
 *
 * @param requestHash the hash of the request that made the commit
 * @param commit the commit itself
 */
public record KeyedCommit(String requestHash, StoredCommit commit) {}
