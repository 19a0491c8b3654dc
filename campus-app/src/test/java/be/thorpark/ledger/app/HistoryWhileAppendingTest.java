package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.eventstore.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Auditors read the history while operations keep writing: pages and the NDJSON stream each hold
 * every position exactly once, in order and without gaps from 1 to where they stop, and each
 * position is the stored event.
 */
class HistoryWhileAppendingTest extends LedgerAppTest {

    /**
     * Enough commands to outlast the reads below; the writer stops earlier once the reads are done.
     */
    private static final int MAX_COMMANDS = 400;

    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final AtomicLong lastWritten = new AtomicLong();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Future<Integer> writer;

    @BeforeEach
    void keepAppending() {
        LedgerHttp ops = ops();
        String tenant =
                ops.post("/api/tenants", Campus.tenant("Bilzen Batteries NV", "SCALE_UP"))
                        .json()
                        .get("id")
                        .asString();
        writer =
                background.submit(
                        () -> {
                            int written = 0;
                            while (writing.get() && written < MAX_COMMANDS) {
                                LedgerHttp.Response answer =
                                        ops.post(
                                                "/api/tenants/" + tenant + "/jobs",
                                                body(
                                                        "change",
                                                        "CREATED",
                                                        "count",
                                                        1,
                                                        "category",
                                                        "assembly",
                                                        "effectiveDate",
                                                        "2024-01-15"));
                                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                                lastWritten.set(answer.position());
                                written++;
                            }
                            return written;
                        });
        long before = eventLog.headPosition();
        await().atMost(Duration.ofSeconds(10)).until(() -> lastWritten.get() > before);
    }

    @AfterEach
    void stopAppending() throws Exception {
        writing.set(false);
        try {
            assertThat(writer.get()).isPositive();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void pagingToTheHeadWhileEventsArriveReturnsEveryPositionOnceInOrder() {
        LedgerHttp auditor = auditor();
        List<JsonNode> entries = new ArrayList<>();
        long after = 0;
        boolean complete = false;
        boolean grewWhilePaging = false;
        while (!complete) {
            LedgerHttp.Response page = auditor.get("/api/events?after=" + after + "&limit=37");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            JsonNode body = page.json();
            body.get("items").forEach(entries::add);
            after = body.get("nextAfter").asLong();
            complete = body.get("complete").asBoolean();
            if (!grewWhilePaging) {
                // The history must grow between two pages for the paging to be tested against a
                // moving head.
                long seen = body.get("headPosition").asLong();
                await().atMost(Duration.ofSeconds(10)).until(() -> eventLog.headPosition() > seen);
                grewWhilePaging = true;
            }
        }

        assertGapFreeFromOne(entries);
        assertThat(entries.get(entries.size() - 1).get("position").asLong()).isEqualTo(after);
    }

    @Test
    void theStreamFromTheStartReturnsEveryPositionOnceInOrder() {
        long headBefore = eventLog.headPosition();

        LedgerHttp.Response stream = auditor().get("/api/events/stream?after=0");

        assertThat(stream.status()).as(stream.toString()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> entries =
                stream.text()
                        .lines()
                        .filter(line -> !line.isBlank())
                        .map(LedgerHttp.JSON::readTree)
                        .toList();
        assertGapFreeFromOne(entries);
        assertThat(entries.get(entries.size() - 1).get("position").asLong())
                .isGreaterThanOrEqualTo(headBefore);
    }

    /** Positions 1, 2, 3, ... each once, and each the event the log holds at that position. */
    private void assertGapFreeFromOne(List<JsonNode> entries) {
        assertThat(entries).isNotEmpty();
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).get("position").asLong()).as("entry %d", i).isEqualTo(i + 1L);
        }
        Map<Long, StoredEvent> stored = new HashMap<>();
        long cursor = 0;
        while (cursor < entries.size()) {
            List<StoredEvent> batch = eventLog.readAfter(cursor, 1000);
            assertThat(batch).as("the log holds position %d", cursor + 1).isNotEmpty();
            batch.forEach(e -> stored.put(e.position(), e));
            cursor = batch.get(batch.size() - 1).position();
        }
        for (JsonNode entry : entries) {
            StoredEvent event = stored.get(entry.get("position").asLong());
            assertThat(entry.get("eventId").asString()).isEqualTo(event.eventId());
            assertThat(entry.get("hash").asString()).isEqualTo(event.hash());
        }
    }
}
