package be.thorpark.ledger.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.eventstore.CommitKey;
import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.HistoryEnd;
import be.thorpark.ledger.eventstore.KeyedCommit;
import be.thorpark.ledger.eventstore.StoredCommit;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

/**
 * A keyed request runs at most once and every copy gets the first commit as its answer, also across
 * a crash: a restart is a new {@link KeyedRequests} on the same store, which keeps nothing but the
 * commits.
 */
class KeyedRequestsTest {

    private static final CommitKey KEY = new CommitKey("request|ops|reg-1", "hash-a");

    private final Store store = new Store();

    @Test
    void aKeyWithoutACommitRunsAgainAfterACrash() {
        KeyedRequests beforeCrash = new KeyedRequests(store, Duration.ofSeconds(5));
        assertThatThrownBy(
                        () ->
                                beforeCrash.once(
                                        KEY,
                                        () -> {
                                            throw new IllegalStateException(
                                                    "the process died before the commit");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        KeyedRequests afterRestart = new KeyedRequests(store, Duration.ofSeconds(5));
        StoredCommit commit = afterRestart.once(KEY, () -> store.append(KEY));

        assertThat(store.appends.get()).isEqualTo(1);
        assertThat(store.commitByKey(KEY.key())).map(KeyedCommit::commit).contains(commit);
    }

    @Test
    void aKeyWithACommitIsAnsweredFromItAfterARestartWithoutRunning() {
        StoredCommit first =
                new KeyedRequests(store, Duration.ofSeconds(5)).once(KEY, () -> store.append(KEY));

        KeyedRequests afterRestart = new KeyedRequests(store, Duration.ofSeconds(5));
        StoredCommit again = afterRestart.once(KEY, () -> store.append(KEY));

        assertThat(again).isEqualTo(first);
        assertThat(store.appends.get()).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheCommitStillAnswersFromTheCommitAndARetryAppendsNothing() {
        KeyedRequests requests = new KeyedRequests(store, Duration.ofSeconds(5));

        StoredCommit answered =
                requests.once(
                        KEY,
                        () -> {
                            store.append(KEY);
                            throw new IllegalStateException("failed after the append");
                        });
        StoredCommit retried = requests.once(KEY, () -> store.append(KEY));

        assertThat(retried).isEqualTo(answered);
        assertThat(store.appends.get()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndRunsNothing() {
        KeyedRequests requests = new KeyedRequests(store, Duration.ofSeconds(5));
        requests.once(KEY, () -> store.append(KEY));

        CommitKey otherBody = new CommitKey(KEY.key(), "hash-b");
        assertThatThrownBy(() -> requests.once(otherBody, () -> store.append(otherBody)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(store.appends.get()).isEqualTo(1);
    }

    @Test
    void sixteenConcurrentCopiesRunOnceAndAllGetTheFirstCommit() throws Exception {
        KeyedRequests requests = new KeyedRequests(store, Duration.ofSeconds(10));
        AtomicInteger runs = new AtomicInteger();

        List<StoredCommit> answers =
                concurrently(
                        16,
                        () ->
                                requests.once(
                                        KEY,
                                        () -> {
                                            runs.incrementAndGet();
                                            sleep(200);
                                            return store.append(KEY);
                                        }));

        assertThat(runs.get()).isEqualTo(1);
        assertThat(answers).hasSize(16).containsOnly(answers.get(0));
        assertThat(store.appends.get()).isEqualTo(1);
    }

    @Test
    void aCopyWaitsOnlyBoundedForTheFirstAndIsThenToldToRepeat() throws Exception {
        KeyedRequests requests = new KeyedRequests(store, Duration.ofMillis(100));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<StoredCommit> first =
                    pool.submit(
                            () ->
                                    requests.once(
                                            KEY,
                                            () -> {
                                                firstRunning.countDown();
                                                await(release);
                                                return store.append(KEY);
                                            }));
            assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> requests.once(KEY, () -> store.append(KEY)))
                    .isInstanceOf(IdempotencyKeyInProgressException.class);
            release.countDown();
            StoredCommit firstCommit = first.get(5, TimeUnit.SECONDS);
            assertThat(requests.once(KEY, () -> store.append(KEY))).isEqualTo(firstCommit);
            assertThat(store.appends.get()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aCopyOfARefusedFirstRunsItselfOnceTheFirstHasFinished() throws Exception {
        KeyedRequests requests = new KeyedRequests(store, Duration.ofSeconds(5));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first =
                    pool.submit(
                            () -> {
                                try {
                                    requests.once(
                                            KEY,
                                            () -> {
                                                firstRunning.countDown();
                                                await(release);
                                                throw new IllegalArgumentException("refused");
                                            });
                                } catch (IllegalArgumentException expected) {
                                    // the first copy was refused and stored nothing
                                }
                            });
            assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();

            StoredCommit second = requests.once(KEY, () -> store.append(KEY));
            first.get(5, TimeUnit.SECONDS);

            assertThat(store.commitByKey(KEY.key())).map(KeyedCommit::commit).contains(second);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> concurrently(int copies, Supplier<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    await(start);
                                    return work.get();
                                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(20, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits under unique keys, as the store keeps them; nothing else. */
    private static final class Store implements EventLog {

        final Map<String, KeyedCommit> byKey = new ConcurrentHashMap<>();
        final AtomicInteger appends = new AtomicInteger();

        StoredCommit append(CommitKey key) {
            int number = appends.incrementAndGet();
            StoredEvent event =
                    new StoredEvent(
                            number,
                            "event-" + number,
                            "Tenant",
                            "tenant-1",
                            number - 1,
                            Instant.EPOCH,
                            Instant.EPOCH,
                            "TenantRegistered",
                            null,
                            "{}",
                            "{}",
                            "h" + number);
            StoredCommit commit = new StoredCommit(number, number, number, List.of(event));
            if (byKey.putIfAbsent(key.key(), new KeyedCommit(key.requestHash(), commit)) != null) {
                appends.decrementAndGet();
                throw new IllegalStateException("the store refuses a second commit under one key");
            }
            return commit;
        }

        @Override
        public Optional<KeyedCommit> commitByKey(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public List<StoredEvent> readAfter(long after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StoredEvent> readEntity(String aggregateId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long headPosition() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long positionAt(Instant instant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HistoryEnd end() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void scanCommits(long throughCommit, Consumer<StoredCommit> consumer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> replayAfter(long after) {
            throw new UnsupportedOperationException();
        }
    }
}
