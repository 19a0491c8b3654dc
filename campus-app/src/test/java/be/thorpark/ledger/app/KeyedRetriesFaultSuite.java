package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every command endpoint that appends events, sent as four concurrent copies under one {@code
 * Idempotency-Key}, then sent again after a clean restart and after a SIGKILL: each accepted
 * command is appended exactly once (one commit, every event carrying the key), and every copy and
 * every later repeat gets the first answer. A command a rule refuses is refused for every copy and
 * appends nothing.
 *
 * <p>Not part of the default build: {@code ./mvnw -B -ntp -Pfaults -pl campus-app -am verify}.
 */
class KeyedRetriesFaultSuite {

    private static final int COPIES = 4;
    private static final String P = "/api/funding-programmes/{id}";

    /** Endpoints that take a key but append no event: a run, a token, a signed digest. */
    private static final Set<String> APPEND_NOTHING =
            Set.of(
                    "POST /api/admin/rebuilds",
                    "POST /api/admin/tokens",
                    "POST /api/integrity/digest");

    /** Kept when the suite fails: the processes' logs are in it. */
    /**
     * The order the endpoints are tried in, so that most of them meet an entity in a state that
     * accepts them (a report is submitted before its lines are reviewed, a tenant departs last).
     * Endpoints not named here follow in the catalogue's order.
     */
    private static final List<String> ORDER =
            List.of(
                    "/api/units",
                    "/api/tenants",
                    "/arrival",
                    "/jobs",
                    "/api/leases",
                    "/amendments",
                    "/termination",
                    "/api/funding-programmes",
                    "/reports",
                    "/submission",
                    "/acceptance",
                    "/refusal",
                    "/approval",
                    "/disbursements",
                    "/payment",
                    "/co-financing-rate",
                    "/steering-committee-meetings",
                    "/withdrawal",
                    "/rejection",
                    "/resubmission",
                    "/lines",
                    "/departure",
                    "/erasure");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    record Sent(String endpoint, String key, String path, Map<String, Object> body, String user) {}

    @Test
    void everyCommandTypeIsAppendedOnceUnderOneKeyAcrossCopiesRestartsAndACrash() throws Exception {
        Path dataDir = work.resolve("data");
        int port = LedgerProcess.freePort();
        Map<Sent, String> accepted = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        Process ledger = start(dataDir, port, 1);
        long head;
        try {
            LedgerHttp auditor = new LedgerHttp(port).as("auditor", "aud-secret");
            ValidCommands valid =
                    new ValidCommands(
                            new LedgerHttp(port).as("ops", "ops-secret"),
                            new LedgerHttp(port).as("admin", "adm-secret"),
                            auditor);
            int n = 0;
            for (String endpoint : ordered(valid.endpoints())) {
                if (APPEND_NOTHING.contains(endpoint)) {
                    continue;
                }
                String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
                Sent sent =
                        new Sent(
                                endpoint,
                                "retry-" + (++n),
                                valid.path(pattern),
                                valid.bodyOf(endpoint).orElseThrow(),
                                pattern.startsWith("/api/admin/") ? "admin" : "ops");
                LedgerHttp.Response first = sendAndCheck(port, auditor, sent);
                if (first.status() < 300) {
                    accepted.put(sent, first.text());
                } else {
                    refused.add(endpoint + " " + first.json().path("code").asString());
                }
            }
            // The types a rule refused above, on entities made for them: a second report is
            // rejected, edited and resubmitted, and a tenant with a contact has it erased.
            SecondPass pass = new SecondPass(port, auditor, accepted, valid, new AtomicInteger(n));
            String programme = valid.path("/api/funding-programmes/{id}");
            String report = pass.accept("POST " + P + "/reports", programme + "/reports");
            String reportPath = programme + "/reports/" + report;
            pass.accept("POST " + P + "/reports/{reportId}/rejection", reportPath + "/rejection");
            String line =
                    pass.accept("POST " + P + "/reports/{reportId}/lines", reportPath + "/lines");
            pass.accept(
                    "POST " + P + "/reports/{reportId}/lines/{lineId}/withdrawal",
                    reportPath + "/lines/" + line + "/withdrawal");
            pass.accept("POST " + P + "/reports/{reportId}/lines", reportPath + "/lines");
            pass.accept(
                    "POST " + P + "/reports/{reportId}/resubmission", reportPath + "/resubmission");
            Map<String, Object> withContact = Campus.tenant("Retried Contact NV", "START_UP");
            withContact.put(
                    "contact",
                    LedgerHttp.body("name", "An Peeters", "email", "an.peeters@example.be"));
            String tenant = pass.accept("POST /api/tenants", "/api/tenants", withContact);
            pass.accept(
                    "POST /api/admin/tenants/{tenantId}/contact/erasure",
                    "/api/admin/tenants/" + tenant + "/contact/erasure");
            head = head(auditor);
        } finally {
            ledger.destroy();
            assertThat(ledger.waitFor(60, TimeUnit.SECONDS)).as("the ledger stopped").isTrue();
        }
        assertThat(accepted).as("accepted command types").hasSizeGreaterThanOrEqualTo(15);

        ledger = start(dataDir, port, 2);
        try {
            repeatAll(port, accepted, head, "after a clean restart");
        } finally {
            ledger.destroyForcibly();
            assertThat(ledger.waitFor(30, TimeUnit.SECONDS))
                    .as("the killed ledger exited")
                    .isTrue();
        }

        ledger = start(dataDir, port, 3);
        try {
            repeatAll(port, accepted, head, "after a SIGKILL");
            JsonNode integrity =
                    new LedgerHttp(port).as("auditor", "aud-secret").get("/api/integrity").json();
            assertThat(integrity.path("valid").asBoolean()).as(integrity.toString()).isTrue();
        } finally {
            ledger.destroy();
            ledger.waitFor(60, TimeUnit.SECONDS);
        }
        System.out.printf(
                "keyed retries: %d keyed commands of %d command types accepted once under %d"
                        + " concurrent copies and"
                        + " answered alike after a clean restart and a SIGKILL (head %d); refused"
                        + " alike by every copy in the first pass, and accepted in the second: %s%n",
                accepted.size(),
                accepted.keySet().stream().map(Sent::endpoint).distinct().count(),
                COPIES,
                head,
                refused);
    }

    /** Commands on entities made for them, each of which must be accepted. */
    private final class SecondPass {
        private final int port;
        private final LedgerHttp auditor;
        private final Map<Sent, String> accepted;
        private final ValidCommands valid;
        private final AtomicInteger n;

        SecondPass(
                int port,
                LedgerHttp auditor,
                Map<Sent, String> accepted,
                ValidCommands valid,
                AtomicInteger n) {
            this.port = port;
            this.auditor = auditor;
            this.accepted = accepted;
            this.valid = valid;
            this.n = n;
        }

        /** Sends the catalogue's body for {@code endpoint} to {@code path}; the answer's id. */
        String accept(String endpoint, String path) throws Exception {
            return accept(endpoint, path, valid.bodyOf(endpoint).orElseThrow());
        }

        String accept(String endpoint, String path, Map<String, Object> body) throws Exception {
            Sent sent =
                    new Sent(
                            endpoint,
                            "retry-" + n.incrementAndGet(),
                            path,
                            body,
                            path.startsWith("/api/admin/") ? "admin" : "ops");
            LedgerHttp.Response first = sendAndCheck(port, auditor, sent);
            assertThat(first.status()).as(endpoint + ": " + first).isBetween(200, 299);
            accepted.put(sent, first.text());
            return first.json().path("id").asString();
        }
    }

    /**
     * Sends {@code sent} as concurrent copies: all get the same status; accepted, they get the same
     * answer and the command is one commit; refused by a rule, nothing is appended.
     */
    private LedgerHttp.Response sendAndCheck(int port, LedgerHttp auditor, Sent sent)
            throws Exception {
        String endpoint = sent.endpoint();
        long before = head(auditor);
        List<LedgerHttp.Response> answers = copies(port, sent);
        LedgerHttp.Response first = answers.get(0);
        for (LedgerHttp.Response answer : answers) {
            assertThat(answer.status())
                    .as(endpoint + ": " + answer + " and " + first + "; logs in " + work)
                    .isEqualTo(first.status());
        }
        long after = head(auditor);
        if (first.status() < 300) {
            for (LedgerHttp.Response answer : answers) {
                assertThat(answer.json()).as(endpoint).isEqualTo(first.json());
            }
            assertAppendedOnce(auditor, endpoint, sent.key(), before, after);
        } else {
            assertThat(first.status()).as(endpoint + ": " + first).isIn(409, 422);
            assertThat(after).as(endpoint + " refused, nothing appended").isEqualTo(before);
        }
        return first;
    }

    private static List<String> ordered(List<String> endpoints) {
        List<String> ordered = new ArrayList<>(endpoints);
        ordered.sort(
                java.util.Comparator.comparingInt(
                        endpoint -> {
                            for (int i = 0; i < ORDER.size(); i++) {
                                if (endpoint.endsWith(ORDER.get(i))) {
                                    return i;
                                }
                            }
                            return ORDER.size();
                        }));
        return ordered;
    }

    private Process start(Path dataDir, int port, int run) throws Exception {
        return LedgerProcess.start(
                work,
                port,
                "ledger-" + run,
                List.of(CampusLedgerApplication.class.getName(), "-Dcampus.data-dir=" + dataDir));
    }

    /** The copies at once; a copy told the first is still running asks again. */
    private static List<LedgerHttp.Response> copies(int port, Sent sent) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        try {
            List<Future<LedgerHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                futures.add(pool.submit(() -> send(port, sent)));
            }
            List<LedgerHttp.Response> answers = new ArrayList<>();
            for (Future<LedgerHttp.Response> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static LedgerHttp.Response send(int port, Sent sent) {
        LedgerHttp as =
                new LedgerHttp(port)
                        .as(sent.user(), sent.user().equals("admin") ? "adm-secret" : "ops-secret");
        AtomicReference<LedgerHttp.Response> last = new AtomicReference<>();
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            LedgerHttp.Response answer =
                                    as.post(
                                            sent.path(),
                                            sent.body(),
                                            "Idempotency-Key",
                                            sent.key());
                            last.set(answer);
                            return answer.status() != 409
                                    || !"IDEMPOTENCY_KEY_IN_PROGRESS"
                                            .equals(answer.json().path("code").asString());
                        });
        return last.get();
    }

    private static void repeatAll(int port, Map<Sent, String> accepted, long head, String when) {
        LedgerHttp auditor = new LedgerHttp(port).as("auditor", "aud-secret");
        for (Map.Entry<Sent, String> entry : accepted.entrySet()) {
            LedgerHttp.Response again = send(port, entry.getKey());
            assertThat(again.status())
                    .as(entry.getKey().endpoint() + " " + when + ": " + again)
                    .isBetween(200, 299);
            assertThat(again.text())
                    .as(entry.getKey().endpoint() + " " + when)
                    .isEqualTo(entry.getValue());
        }
        assertThat(head(auditor)).as("nothing appended by the repeats " + when).isEqualTo(head);
    }

    /** The events after {@code before} are one commit, and each carries the key. */
    private static void assertAppendedOnce(
            LedgerHttp auditor, String endpoint, String key, long before, long after) {
        assertThat(after).as(endpoint + " appended").isGreaterThan(before);
        JsonNode items =
                auditor.get("/api/events?after=" + before + "&limit=" + (after - before + 5))
                        .json()
                        .get("items");
        assertThat(items).as(endpoint).hasSize((int) (after - before));
        Set<String> correlations = new HashSet<>();
        for (JsonNode event : items) {
            assertThat(event.path("idempotencyKey").asString()).as(endpoint).isEqualTo(key);
            correlations.add(event.path("correlationId").asString());
        }
        assertThat(correlations).as(endpoint + ": one commit").hasSize(1);
    }

    private static long head(LedgerHttp auditor) {
        return auditor.get("/api/events?limit=1").json().path("headPosition").asLong();
    }
}
