package be.thorpark.ledger.eventstore;

import java.time.Instant;

/** The last commit of the history as far as a reader or writer has seen it. */
record Head(long commitSequence, long lastPosition, String lastHash, Instant recordedAt) {

    static final Head EMPTY = new Head(0, 0, HashChain.GENESIS, Instant.EPOCH);

    static Head of(StoredCommit commit) {
        StoredEvent last = commit.events().get(commit.events().size() - 1);
        return new Head(commit.sequence(), commit.lastPosition(), last.hash(), last.recordedAt());
    }
}
