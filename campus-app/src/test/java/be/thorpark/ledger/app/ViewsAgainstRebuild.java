package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The views as their REST answers give them at one position, and a rebuild of every view through
 * {@code POST /api/admin/rebuilds}: a view that a crash left wrong differs from its rebuild at the
 * same position.
 */
final class ViewsAgainstRebuild {

    /**
     * One list per view (tenants, units, leases, jobs, funding), a page large enough for everything
     * stored.
     */
    static final List<String> LISTS =
            List.of(
                    "/api/tenants",
                    "/api/units",
                    "/api/leases",
                    "/api/jobs",
                    "/api/funding-programmes");

    private static final Duration REBUILD_DEADLINE = Duration.ofSeconds(180);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private ViewsAgainstRebuild() {}

    /**
     * Every list's answer once the views reflect {@code position}; the answers carry that position.
     */
    static Map<String, String> at(LedgerHttp reader, long position) {
        Map<String, String> answers = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(CATCH_UP);
        for (String list : LISTS) {
            LedgerHttp.Response answer = reader.get(list + "?size=1000&minPosition=" + position);
            // A query side that has just started may still be catching up past the bounded
            // read-your-writes wait.
            while (answer.status() != 200 || answer.position() < position) {
                assertThat(Instant.now())
                        .as(list + " catches up to " + position + ": " + answer)
                        .isBefore(deadline);
                sleep(250);
                answer = reader.get(list + "?size=1000&minPosition=" + position);
            }
            assertThat(answer.position()).as(list + " reflects the head").isEqualTo(position);
            answers.put(list, answer.text());
        }
        return answers;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a rebuild of every view and answers its id. */
    static String start(LedgerHttp admin) {
        LedgerHttp.Response started = admin.post("/api/admin/rebuilds", Map.of("views", List.of()));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json().get("id").asString();
    }

    /** Waits until the rebuild is DONE, failing on FAILED; answers its last progress. */
    static JsonNode awaitDone(LedgerHttp admin, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(REBUILD_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            LedgerHttp.Response progress = admin.get("/api/admin/rebuilds/" + id);
            assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
            String state = progress.json().path("state").asString();
            assertThat(state).as(progress.toString()).isNotEqualTo("FAILED");
            if (state.equals("DONE")) {
                return progress.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("rebuild " + id + " not done within " + REBUILD_DEADLINE);
    }

    /**
     * Rebuilds every view and checks that each answers at {@code position} exactly as it did
     * before.
     */
    static void assertEqualToRebuild(LedgerHttp reader, LedgerHttp admin, long position)
            throws InterruptedException {
        Map<String, String> live = at(reader, position);
        awaitDone(admin, start(admin));
        Map<String, String> rebuilt = at(reader, position);
        for (String list : LISTS) {
            assertThat(live.get(list))
                    .as("%s at position %d: the live view and its rebuild", list, position)
                    .isEqualTo(rebuilt.get(list));
        }
    }

    /** The head of the history as the event list gives it. */
    static long head(LedgerHttp auditor) {
        LedgerHttp.Response events = auditor.get("/api/events?limit=1");
        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        return events.json().path("headPosition").asLong();
    }
}
