package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.integrity.ExportBundle;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A verification and an export started by an auditor answer 202 at once with the run to follow; the
 * run reports events done of the total, the rate and the state, and ends with the result: the
 * verification's outcome, the export's manifest and its bundle.
 */
class AuditRunsTest extends LedgerAppTest {

    @Test
    void aVerificationRunReportsItsProgressAndEndsWithTheResult() {
        ops().post(
                        "/api/units",
                        LedgerHttp.body(
                                "code",
                                "R" + System.nanoTime() % 100_000,
                                "building",
                                "RUNS",
                                "type",
                                "LAB",
                                "areaM2",
                                "100.00",
                                "availableFrom",
                                "2023-01-01"));
        long head = eventLog.headPosition();

        LedgerHttp.Response started = auditor().post("/api/integrity/runs", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/integrity/runs/verification-");
        assertThat(started.json().get("kind").asString()).isEqualTo("verification");
        assertThat(started.json().get("unit").asString()).isEqualTo("events");
        assertThat(started.json().get("total").asLong()).isGreaterThanOrEqualTo(head);

        JsonNode run = awaitEnd(location);
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("done").asLong())
                .isEqualTo(run.get("total").asLong())
                .isGreaterThanOrEqualTo(head);
        assertThat(run.get("percent").asInt()).isEqualTo(100);
        assertThat(run.get("perSecond").asDouble()).isPositive();
        assertThat(run.get("result").get("valid").asBoolean()).isTrue();
        assertThat(run.get("result").get("headPosition").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(auditor().get(location).header("Event-Position"))
                .isEqualTo(run.get("result").get("headPosition").asString());
    }

    @Test
    void anExportRunEndsWithASignedBundleThatVerifiesOffline() throws Exception {
        ops().post(
                        "/api/units",
                        LedgerHttp.body(
                                "code",
                                "X" + System.nanoTime() % 100_000,
                                "building",
                                "RUNS",
                                "type",
                                "LAB",
                                "areaM2",
                                "100.00",
                                "availableFrom",
                                "2023-01-01"));
        LedgerHttp.Response started = auditor().post("/api/exports/runs", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/exports/runs/export-");

        JsonNode run = awaitEnd(location);
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("DONE");
        long count = run.get("result").get("count").asLong();
        assertThat(count).isPositive();
        assertThat(run.get("done").asLong())
                .isEqualTo(run.get("result").get("headPosition").asLong());
        HttpResponse<byte[]> bundle =
                new LedgerHttp(port).as("auditor", "aud-secret").download(location + "/bundle");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValue("application/zip");
        PublicKey key =
                SigningKey.publicKeyFromText(
                        auditor().get("/api/integrity/key").json().get("publicKeyPem").asString());
        VerificationResult verified =
                ExportBundle.verify(new ByteArrayInputStream(bundle.body()), key);
        assertThat(verified.valid()).as(verified.detail()).isTrue();
        assertThat(verified.events()).isEqualTo(count);
    }

    @Test
    void anUnknownRunIsA404AndOnlyAuditorsStartRuns() {
        LedgerHttp.Response unknown = auditor().get("/api/exports/runs/export-none/bundle");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_RUN");
        assertThat(
                        auditor()
                                .get("/api/integrity/runs/verification-none")
                                .json()
                                .get("code")
                                .asString())
                .isEqualTo("UNKNOWN_RUN");
        LedgerHttp.Response noDemo = reporter().get("/api/demo-load");
        assertThat(noDemo.status()).as("no demo load to follow in this ledger").isEqualTo(204);
        assertThat(ops().post("/api/integrity/runs", "").status()).isEqualTo(403);
        assertThat(reporter().post("/api/exports/runs", "").status()).isEqualTo(403);
    }

    @Test
    void theExistingIntegrityAndExportAnswersStayAsTheyWere() {
        LedgerHttp.Response integrity = auditor().get("/api/integrity");
        assertThat(integrity.status()).isEqualTo(200);
        assertThat(integrity.json().get("valid").asBoolean()).isTrue();
        assertThat(
                        new LedgerHttp(port)
                                .as("auditor", "aud-secret")
                                .download("/api/exports/events")
                                .statusCode())
                .isEqualTo(200);
    }

    /**
     * Follows the run until it is no longer RUNNING; the states it passes through are checked on
     * the way.
     */
    private JsonNode awaitEnd(String location) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            LedgerHttp.Response answer = auditor().get(location);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode run = answer.json();
            assertThat(run.get("done").asLong()).isLessThanOrEqualTo(run.get("total").asLong());
            if (!"RUNNING".equals(run.get("state").asString()) || Instant.now().isAfter(until)) {
                return run;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return run;
            }
        }
    }
}
