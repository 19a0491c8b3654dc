package be.thorpark.ledger.eventstore;

import static be.thorpark.ledger.eventstore.TestEvents.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store keeps every acknowledged event: across a process killed without warning
 * (SIGKILL) while two writers are appending, and across an ordinary close and restart.
 */
class EmbeddedStoreDurabilityTest {

    private static final int ACKNOWLEDGED = 300;
    private static final Duration CHILD_DEADLINE = Duration.ofSeconds(90);

    @TempDir Path dataDir;

    @Test
    void everyAcknowledgedEventSurvivesTheProcessBeingKilled() throws Exception {
        Path childErrors = dataDir.resolve("probe-errors.txt");
        Process child =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Daxoniq.update-checker.disabled=true",
                                "-cp",
                                System.getProperty("java.class.path"),
                                DurabilityProbe.class.getName(),
                                dataDir.resolve("store").toString())
                        .redirectError(childErrors.toFile())
                        .start();
        Map<String, Long> acknowledged;
        try {
            acknowledged =
                    assertTimeoutPreemptively(
                            CHILD_DEADLINE,
                            () -> readAcknowledgements(child),
                            () ->
                                    "the probe did not acknowledge "
                                            + ACKNOWLEDGED
                                            + " events; its errors: "
                                            + errorsOf(childErrors));
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS))
                    .as("the killed probe has exited")
                    .isTrue();
        }

        assertThat(acknowledged.values().stream().mapToLong(last -> last + 1).sum())
                .isGreaterThanOrEqualTo(ACKNOWLEDGED);
        try (Store store = Store.open(dataDir.resolve("store"))) {
            long head = store.engine.headPosition();
            List<StoredEvent> history = store.engine.readAfter(0, (int) head + 1);
            assertThat(history)
                    .extracting(StoredEvent::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, head).boxed().toList());
            Map<String, List<Long>> sequences = new TreeMap<>();
            history.forEach(
                    e ->
                            sequences
                                    .computeIfAbsent(e.aggregateId(), id -> new ArrayList<>())
                                    .add(e.sequence()));
            acknowledged.forEach(
                    (aggregateId, lastAcknowledged) ->
                            assertThat(sequences.get(aggregateId))
                                    .as("stored sequences of %s", aggregateId)
                                    .startsWith(
                                            LongStream.rangeClosed(0, lastAcknowledged)
                                                    .boxed()
                                                    .toArray(Long[]::new)));
            VerificationResult verification = new HistoryVerifier(store.engine).verify();
            assertThat(verification.valid()).as(String.valueOf(verification.detail())).isTrue();
            assertThat(verification.headPosition()).isEqualTo(head);

            String aggregateId = acknowledged.keySet().iterator().next();
            store.engine.appendEvents(reading(aggregateId, sequences.get(aggregateId).size()));
            assertThat(store.engine.headPosition())
                    .as("the history goes on right after the recovered head")
                    .isEqualTo(head + 1);
        }
    }

    @Test
    void aNormalCloseAndRestartKeepsTheWholeHistory() {
        String headHash;
        try (Store store = Store.open(dataDir)) {
            for (long seq = 0; seq < 40; seq++) {
                store.engine.appendEvents(reading("meter-" + (seq % 4), seq / 4));
            }
            headHash = new HistoryVerifier(store.engine).verify().headHash();
        }

        try (Store store = Store.open(dataDir)) {
            VerificationResult verification = new HistoryVerifier(store.engine).verify();
            assertThat(verification.valid()).isTrue();
            assertThat(verification.events()).isEqualTo(40);
            assertThat(verification.headHash()).isEqualTo(headHash);
            assertThat(store.engine.readEntity("meter-2"))
                    .extracting(StoredEvent::sequence)
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);

            store.engine.appendEvents(reading("meter-0", 10));
            assertThat(store.engine.headPosition()).isEqualTo(41);
        }
    }

    /**
     * Reads the probe's output until enough acknowledgements were seen; the last acknowledged
     * sequence per aggregate.
     */
    private static Map<String, Long> readAcknowledgements(Process child) throws IOException {
        Map<String, Long> last = new HashMap<>();
        int seen = 0;
        BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        while (seen < ACKNOWLEDGED) {
            String line = lines.readLine();
            if (line == null) {
                throw new IllegalStateException(
                        "the probe ended after " + seen + " acknowledgements");
            }
            if (line.startsWith(DurabilityProbe.ACK)) {
                String[] parts = line.substring(DurabilityProbe.ACK.length()).split(" ");
                long sequence = Long.parseLong(parts[1]);
                Long previous = last.put(parts[0], sequence);
                assertThat(sequence)
                        .as("acknowledgements of %s come in order", parts[0])
                        .isEqualTo(previous == null ? 0 : previous + 1);
                seen++;
            }
        }
        return last;
    }

    private static String errorsOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** The embedded server, a client and the engine on one data folder, closed in reverse order. */
    private record Store(
            EmbeddedMongoServer server, MongoClient client, MongoLedgerStorageEngine engine)
            implements AutoCloseable {

        static Store open(Path dir) {
            EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 64);
            MongoClient client = MongoClients.create(server.connectionString());
            return new Store(server, client, DurabilityProbe.engine(client));
        }

        @Override
        public void close() {
            engine.close();
            client.close();
            server.close();
        }
    }
}
