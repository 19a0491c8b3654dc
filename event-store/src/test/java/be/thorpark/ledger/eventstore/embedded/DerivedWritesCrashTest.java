package be.thorpark.ledger.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Writes to derived collections wait for the next commit, but a crash never leaves a view behind its own token, and
 * never loses an acknowledged record: a process writing both is killed without warning (SIGKILL), and the reopened
 * store holds every acknowledged record, a gap-free prefix of the view, and a token no further than that prefix.
 */
class DerivedWritesCrashTest {

    private static final int RECORDS = 150;

    @TempDir
    Path dataDir;

    @Test
    void aKilledProcessLeavesEveryAcknowledgedRecordAndNoTokenAheadOfItsView() throws Exception {
        Path store = dataDir.resolve("store");
        Path errors = dataDir.resolve("probe-errors.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DerivedWritesProbe.class.getName(), store.toString())
                .redirectError(errors.toFile())
                .start();
        long lastAcknowledged;
        try {
            lastAcknowledged = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> acknowledged(child),
                    () -> "the probe did not acknowledge " + RECORDS + " records: " + read(errors));
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(store, "127.0.0.1", 0, 64);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("probe");
            List<Long> records = ids(database, "records");
            assertThat(records).as("every acknowledged record").hasSizeGreaterThanOrEqualTo((int) lastAcknowledged);
            assertThat(records.subList(0, (int) lastAcknowledged)).isEqualTo(range(lastAcknowledged));

            List<Long> view = ids(database, "v1_readings");
            assertThat(view).as("the view is a gap-free prefix of what was written").isEqualTo(range(view.size()));
            Document token = database.getCollection("tracking_tokens").find(Filters.eq("_id", "readings")).first();
            assertThat(token).as("the processor's token was written before the kill").isNotNull();
            assertThat(((Number) token.get("token")).longValue()).as("the token never runs ahead of the view")
                    .isLessThanOrEqualTo(view.size());
        }
    }

    private static long acknowledged(Process child) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long last = 0;
        while (last < RECORDS) {
            String line = lines.readLine();
            if (line == null) {
                throw new IllegalStateException("the probe ended after " + last + " records");
            }
            if (line.startsWith(DerivedWritesProbe.ACK)) {
                last = Long.parseLong(line.substring(DerivedWritesProbe.ACK.length()));
            }
        }
        return last;
    }

    private static List<Long> ids(MongoDatabase database, String collection) {
        List<Long> ids = new ArrayList<>();
        database.getCollection(collection).find().forEach(doc -> ids.add(((Number) doc.get("_id")).longValue()));
        ids.sort(Long::compare);
        return ids;
    }

    private static List<Long> range(long count) {
        List<Long> range = new ArrayList<>();
        for (long n = 1; n <= count; n++) {
            range.add(n);
        }
        return range;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
