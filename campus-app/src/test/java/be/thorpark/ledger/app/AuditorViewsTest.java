package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Time travel over HTTP, business dates combined with recorded time, and a rebuild started from the
 * command line.
 */
class AuditorViewsTest extends LedgerAppTest {

    @Autowired MongoClient store;

    @Test
    void theViewsAsOfAPositionAreKeptInAScratchDatabaseOfTheStoreItself() {
        LedgerHttp.Response created =
                ops().post("/api/tenants", Campus.tenant("Scratch Views NV", "START_UP"));
        long position = created.position();

        LedgerHttp.Response then = auditor().get("/api/tenants?asOfPosition=" + position);

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.position()).isEqualTo(position);
        assertThat(store.listDatabaseNames().into(new ArrayList<>()))
                .anyMatch(
                        name ->
                                name.startsWith(EmbeddedMongoServer.SCRATCH_PREFIX)
                                        && name.endsWith("_asof_" + position));
    }

    @Test
    void aRetroactiveAmendmentNeverRewritesWhatAnEarlierPositionShows() {
        String unit =
                ops().post("/api/units", Campus.unit("TT-HALL", "PRODUCTION_HALL", "1000.00"))
                        .json()
                        .get("id")
                        .asString();
        String tenant =
                ops().post("/api/tenants", Campus.tenant("Time Travel NV", "START_UP"))
                        .json()
                        .get("id")
                        .asString();
        LedgerHttp.Response signed =
                ops().post(
                                "/api/leases",
                                Campus.lease(
                                        tenant,
                                        unit,
                                        "500.00",
                                        "2023-03-01",
                                        "2027-02-28",
                                        "6000.00"));
        String lease = signed.json().get("id").asString();
        long beforeCorrection = signed.position();
        LedgerHttp.Response corrected =
                ops().post(
                                "/api/leases/" + lease + "/amendments",
                                body(
                                        "effectiveDate",
                                        "2023-04-01",
                                        "areaM2",
                                        "800.00",
                                        "reason",
                                        "area measured again"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        String at = "/api/units?date=2023-06-30&size=1000";
        LedgerHttp.Response then = auditor().get(at + "&asOfPosition=" + beforeCorrection);
        LedgerHttp.Response now = auditor().get(at + "&minPosition=" + corrected.position());

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.position()).isEqualTo(beforeCorrection);
        assertThat(leasedArea(then.json(), unit)).isEqualTo("500.00");
        assertThat(leasedArea(now.json(), unit)).isEqualTo("800.00");

        String recordedAt =
                auditor()
                        .get("/api/events?after=" + (beforeCorrection - 1) + "&limit=1")
                        .json()
                        .get("items")
                        .get(0)
                        .get("recordedAt")
                        .asString();
        LedgerHttp.Response asRecorded = auditor().get(at + "&asOfTime=" + recordedAt);
        assertThat(asRecorded.status()).as(asRecorded.toString()).isEqualTo(200);
        assertThat(asRecorded.position())
                .isGreaterThanOrEqualTo(beforeCorrection)
                .isLessThan(corrected.position());
        assertThat(leasedArea(asRecorded.json(), unit)).isEqualTo("500.00");
    }

    @Test
    void timeTravelBeyondTheHeadOrWithBothParametersIsABadRequest() {
        long head = eventLog.headPosition();

        assertThat(auditor().get("/api/tenants?asOfPosition=" + (head + 1000)).status())
                .isEqualTo(400);
        assertThat(
                        auditor()
                                .get("/api/tenants?asOfPosition=1&asOfTime=2024-01-01T00:00:00Z")
                                .status())
                .isEqualTo(400);
        assertThat(reporter().get("/api/tenants?asOfPosition=1").status()).isEqualTo(403);
        LedgerHttp.Response badPage = reporter().get("/api/tenants?page=first&date=yesterday");
        assertThat(badPage.status()).as(badPage.toString()).isEqualTo(400);
        assertThat(badPage.json().get("errors").findValuesAsString("field"))
                .contains("page", "date");
    }

    @Test
    void aRebuildStartedFromTheCommandLineSwitchesTheViewsAndKeepsTheirContent() throws Exception {
        String unit =
                ops().post("/api/units", Campus.unit("RB-LAB", "LAB", "400.00"))
                        .json()
                        .get("id")
                        .asString();
        LedgerHttp.Response units =
                reporter().get("/api/units?size=1000&minPosition=" + eventLog.headPosition());
        JsonNode before = find(units.json(), unit);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit =
                new RebuildCommand(
                                new PrintStream(printed, true, StandardCharsets.UTF_8),
                                Map.of("CAMPUS_ADMIN_PASSWORD", "adm-secret"),
                                Duration.ofMillis(200))
                        .run(
                                Map.of(
                                        "url",
                                        "http://127.0.0.1:" + port,
                                        "user",
                                        "admin",
                                        "views",
                                        "units,tenants"));

        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("DONE").contains("events/s");
        JsonNode after = find(reporter().get("/api/units?size=1000").json(), unit);
        assertThat(after.get("area").asString()).isEqualTo(before.get("area").asString());
        JsonNode rebuilds = admin().get("/api/admin/rebuilds").json();
        assertThat(rebuilds.get("rebuilds").findValuesAsString("state")).contains("DONE");
        assertThat(ops().post("/api/admin/rebuilds", "{}").status()).isEqualTo(403);
    }

    private static String leasedArea(JsonNode page, String unitId) {
        return find(page, unitId).get("leasedArea").asString();
    }

    private static JsonNode find(JsonNode page, String unitId) {
        return page.get("items")
                .valueStream()
                .filter(u -> u.get("id").asString().equals(unitId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(unitId + " not in " + page));
    }
}
