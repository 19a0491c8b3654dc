package be.thorpark.ledger.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A commit is already stored under this key: the command ran before, and its first commit is its
 * answer.
 */
public class CommitKeyTakenException extends EventStoreException {

    private final String key;

    public CommitKeyTakenException(String key) {
        super("A commit is already stored under this key");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
