package be.thorpark.ledger.command.http;

import be.thorpark.ledger.eventstore.CommitKey;
import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.KeyedCommit;
import be.thorpark.ledger.eventstore.StoredCommit;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a request that carries an {@code Idempotency-Key} at most once. The key is stored with the
 * command's commit, under a unique index, so the store itself refuses a second commit under it,
 * across restarts and processes; the answer to a repeat is rebuilt from that commit. Nothing is
 * kept "in progress": a key without a commit (the command was refused, or the process died before
 * its commit) simply runs again.
 *
 * <p>Copies arriving while the first is still running in this process wait for it, up to a bound,
 * and then answer from its commit; a copy in another process runs, loses on the unique key and
 * answers from the winner's commit.
 */
@Component
class KeyedRequests {

    private final EventLog log;
    private final Duration waitForFirst;
    private final ConcurrentMap<String, Running> running = new ConcurrentHashMap<>();

    KeyedRequests(
            EventLog log,
            @Value("${campus.idempotency.wait-for-first:10s}") Duration waitForFirst) {
        this.log = log;
        this.waitForFirst = waitForFirst;
    }

    /**
     * The commit of the request under {@code key}: the one stored earlier, or the one {@code run}
     * makes.
     *
     * @throws IdempotencyKeyReusedException when the key's commit was made by a different request
     * @throws IdempotencyKeyInProgressException when a copy is still running here after the bound
     */
    StoredCommit once(CommitKey key, Supplier<StoredCommit> run) {
        while (true) {
            Optional<StoredCommit> stored = storedUnder(key);
            if (stored.isPresent()) {
                return stored.get();
            }
            Running mine = new Running(key.requestHash(), new CompletableFuture<>());
            Running first = running.putIfAbsent(key.key(), mine);
            if (first == null) {
                return runAs(mine, key, run);
            }
            if (!first.requestHash.equals(key.requestHash())) {
                throw new IdempotencyKeyReusedException();
            }
            awaitOrGiveUp(first);
            // The first copy finished: its commit answers, or, if it was refused, this copy runs
            // itself.
        }
    }

    private StoredCommit runAs(Running mine, CommitKey key, Supplier<StoredCommit> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            // Lost to a copy in another process, or failed after the commit was stored: the commit
            // is the answer.
            return storedUnder(key).orElseThrow(() -> e);
        } finally {
            running.remove(key.key(), mine);
            mine.done.complete(null);
        }
    }

    private void awaitOrGiveUp(Running first) {
        try {
            first.done.get(waitForFirst.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IdempotencyKeyInProgressException();
        } catch (ExecutionException e) {
            // Never completed exceptionally; nothing to learn here.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyKeyInProgressException();
        }
    }

    private Optional<StoredCommit> storedUnder(CommitKey key) {
        Optional<KeyedCommit> stored = log.commitByKey(key.key());
        if (stored.isPresent() && !key.requestHash().equals(stored.get().requestHash())) {
            throw new IdempotencyKeyReusedException();
        }
        return stored.map(KeyedCommit::commit);
    }

    private record Running(String requestHash, CompletableFuture<Void> done) {}
}
