package be.thorpark.ledger.eventstore;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The key a command's commit is stored under (unique in the store), with the hash of the request
 * that made it. A command carries it in its metadata; the store takes it from the command whose
 * unit of work appends, so the key is written in the same single-document insert as the events:
 * either both are stored or neither is. A second commit under a key that is taken is refused
 * ({@link CommitKeyTakenException}).
 *
 * <p>The metadata names are not among those copied onto events: the key belongs to the commit, not
 * to its events.
 *
 * @param key the key, unique over the whole history (a client's Idempotency-Key scoped to its
 *     actor, or one made for the command)
 * @param requestHash what the request was, so that a repeat with another request can be told apart
 */
public record CommitKey(String key, String requestHash) {

    static final String KEY = "ledger.commitKey";
    static final String REQUEST_HASH = "ledger.requestHash";

    public CommitKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestHash, "requestHash");
    }

    /** The metadata a command carries so that its commit is stored under this key. */
    public Map<String, String> metaData() {
        return Map.of(KEY, key, REQUEST_HASH, requestHash);
    }

    /** The key of the command whose unit of work is appending on this thread, if it carries one. */
    static Optional<CommitKey> ofCurrentCommand() {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().root().getMessage()
                        instanceof CommandMessage<?> command)) {
            return Optional.empty();
        }
        MetaData metaData = command.getMetaData();
        if (metaData.get(KEY) instanceof String key
                && metaData.get(REQUEST_HASH) instanceof String hash) {
            return Optional.of(new CommitKey(key, hash));
        }
        return Optional.empty();
    }
}
