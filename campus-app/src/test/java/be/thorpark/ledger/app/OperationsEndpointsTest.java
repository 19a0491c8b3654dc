package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What operators scrape and probe: Prometheus metrics for ADMIN, readiness for everyone. */
class OperationsEndpointsTest extends LedgerAppTest {

    @Test
    void prometheusShowsCommandsAppendsViewLagAndHttpRequestsToAdministrators() {
        ops().post("/api/units", Campus.unit("M1.01", "PRODUCTION_HALL", "900.00"));
        auditor().get("/api/integrity");

        LedgerHttp.Response metrics = admin().get("/actuator/prometheus");

        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.text())
                .contains(
                        "ledger_commands_seconds_count{code=\"none\",command=\"RegisterUnit\",outcome=\"accepted\"}")
                .contains(
                        "ledger_store_append_seconds_count",
                        "ledger_store_batch_commits_count",
                        "ledger_store_events_appended_total",
                        "ledger_view_lag_events{view=\"units\"}",
                        "ledger_view_lag_seconds{view=\"units\"}",
                        "ledger_rebuild_running",
                        "ledger_verifications_seconds_count{result=\"valid\"}",
                        "http_server_requests_seconds_count");
        assertThat(reporter().get("/actuator/prometheus").status()).isEqualTo(403);
    }

    /**
     * Every meter the issue asks for and docs/architecture.md lists is scraped from the running
     * ledger: commands by type and outcome, append latency and batch sizes, events appended,
     * per-view lag in events and seconds, rebuild progress, verification runs, HTTP server
     * requests.
     */
    @Test
    void everyMeterOfTheArchitectureDocumentIsScraped() throws IOException {
        ops().post("/api/units", Campus.unit("M3.01", "LAB", "150.00"));
        auditor().get("/api/integrity");
        String scraped = admin().get("/actuator/prometheus").text();

        Matcher rows =
                Pattern.compile("^\\| (`ledger_[^|]+)\\|", Pattern.MULTILINE)
                        .matcher(Files.readString(Path.of("..", "docs", "architecture.md")));
        List<String> documented =
                rows.results()
                        .flatMap(
                                row ->
                                        Pattern.compile("`(ledger_[a-z_]+)`")
                                                .matcher(row.group(1))
                                                .results()
                                                .map(m -> m.group(1)))
                        .toList();
        assertThat(documented)
                .contains(
                        "ledger_commands_seconds",
                        "ledger_store_append_seconds",
                        "ledger_store_batch_commits",
                        "ledger_store_batch_events",
                        "ledger_store_events_appended_total",
                        "ledger_view_lag_events",
                        "ledger_view_lag_seconds",
                        "ledger_rebuild_position",
                        "ledger_rebuild_head",
                        "ledger_rebuild_running",
                        "ledger_rebuild_events_per_second",
                        "ledger_verifications_seconds");
        for (String meter : documented) {
            assertThat(scraped)
                    .as(meter + " at /actuator/prometheus")
                    .containsPattern(
                            "(?m)^" + Pattern.quote(meter) + "(_count|_sum|_max|_bucket)?[{ ]");
        }
        assertThat(scraped)
                .containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/units\"");
    }

    @Test
    void aRefusedCommandIsCountedWithItsCode() {
        LedgerHttp.Response refused =
                ops().post("/api/units", Campus.unit("M2.01", "OFFICE", "0.00"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(admin().get("/actuator/prometheus").text())
                .contains(
                        "ledger_commands_seconds_count{code=\"UNIT_AREA_ZERO\",command=\"RegisterUnit\",outcome=\"refused\"}");
    }

    @Test
    void readinessIsPublicAndNamesTheStoreAndTheViewsToAdministrators() {
        assertThat(anonymous().get("/actuator/health/readiness").json().path("status").asString())
                .isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);

        LedgerHttp.Response readiness = admin().get("/actuator/health/readiness");

        assertThat(readiness.json().path("components").has("ledgerStoreHealth"))
                .as(readiness.toString())
                .isTrue();
        assertThat(readiness.json().path("components").path("views").path("status").asString())
                .isEqualTo("UP");
    }
}
