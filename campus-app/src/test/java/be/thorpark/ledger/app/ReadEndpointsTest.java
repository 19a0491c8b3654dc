package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code Location} a command answers can be read; a single entity comes with its version as a
 * strong {@code ETag}, which If-Match takes back (strongly: a weak tag never matches); a reader may
 * ask for HEAD.
 */
class ReadEndpointsTest extends LedgerAppTest {

    @Test
    void theLocationOfACreatedUnitAnswersWithItsVersionAsAStrongETag() {
        LedgerHttp.Response created =
                ops().post("/api/units", Campus.unit("RE-1", "LAB", "300.00"));
        LedgerHttp.Response unit = read(created);

        assertThat(unit.status()).as(unit.toString()).isEqualTo(200);
        assertThat(unit.header("ETag")).isEqualTo("\"1\"").isEqualTo(created.header("ETag"));
        assertThat(unit.json().get("area").asString()).isEqualTo("300.00");
        assertThat(unit.json().get("leasedArea").asString()).isEqualTo("0.00");
    }

    @Test
    void aLeaseMovesTheUnitsVersionAndShowsOnTheUnit() {
        LedgerHttp.Response created =
                ops().post("/api/units", Campus.unit("RE-2", "LAB", "300.00"));
        String unitId = created.json().get("id").asString();
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Read Endpoints NV", "START_UP"))
                        .json()
                        .get("id")
                        .asString();
        LedgerHttp.Response lease =
                ops().post(
                                "/api/leases",
                                Campus.lease(
                                        tenantId,
                                        unitId,
                                        "120.00",
                                        "2023-01-01",
                                        "2025-12-31",
                                        "1500.00"));

        LedgerHttp.Response unit =
                reporter()
                        .get(
                                "/api/units/"
                                        + unitId
                                        + "?date=2024-01-01&minPosition="
                                        + lease.position());
        LedgerHttp.Response leaseView = read(lease);
        LedgerHttp.Response tenant =
                reporter().get("/api/tenants/" + tenantId + "?minPosition=" + lease.position());

        assertThat(unit.header("ETag")).as(unit.toString()).isEqualTo("\"2\"");
        assertThat(unit.json().get("leasedArea").asString()).isEqualTo("120.00");
        assertThat(unit.json().get("leases").get(0).get("leaseId").asString())
                .isEqualTo(lease.json().get("id").asString());
        assertThat(leaseView.status()).isEqualTo(200);
        assertThat(leaseView.header("ETag")).isEqualTo(lease.header("ETag")).isEqualTo("\"1\"");
        assertThat(tenant.header("ETag")).as(tenant.toString()).isEqualTo("\"1\"");
    }

    @Test
    void theLocationsOfAProgrammeAndItsReportsDisbursementsAndMeetingsAnswer200() {
        LedgerHttp.Response programme = ops().post("/api/funding-programmes", Campus.programme());
        String base = programme.header("Location").replaceFirst("^https?://[^/]+", "");
        LedgerHttp.Response report =
                ops().post(
                                base + "/reports",
                                body(
                                        "periodFrom",
                                        "2023-01-01",
                                        "periodTo",
                                        "2023-06-30",
                                        "kind",
                                        "CONTENT",
                                        "summary",
                                        "First half of 2023"));
        LedgerHttp.Response disbursement =
                ops().post(
                                base + "/disbursements",
                                body("source", "HERMES", "amount", "250000.00"));
        LedgerHttp.Response meeting =
                ops().post(
                                base + "/steering-committee-meetings",
                                body(
                                        "date",
                                        "2023-07-10",
                                        "participants",
                                        List.of("VLAIO", "NV Mo-Thor"),
                                        "decisions",
                                        List.of("Approve the planning")));

        for (LedgerHttp.Response created :
                new LedgerHttp.Response[] {programme, report, disbursement, meeting}) {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            LedgerHttp.Response read = read(created);
            assertThat(read.status())
                    .as("GET %s: %s", created.header("Location"), read)
                    .isEqualTo(200);
            assertThat(read.header("ETag"))
                    .as("ETag of %s", created.header("Location"))
                    .matches("\"\\d+\"");
        }
        assertThat(read(report).json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(read(disbursement).json().get("amount").asString()).isEqualTo("250000.00");
        assertThat(read(meeting).header("ETag"))
                .isEqualTo("\"4\"")
                .isEqualTo(meeting.header("ETag"));
        LedgerHttp.Response meetings =
                reporter()
                        .get(
                                base
                                        + "/steering-committee-meetings?minPosition="
                                        + meeting.position());
        assertThat(meetings.json().get("items").get(0).get("decisions").get(0).asString())
                .isEqualTo("Approve the planning");
        LedgerHttp.Response csv =
                reporter().get(base + "/steering-committee-meetings", "Accept", "text/csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("id,date,participants,decisions");
        LedgerHttp.Response programmes =
                reporter().get("/api/funding-programmes?size=500", "Accept", "text/csv");
        assertThat(programmes.text()).contains(programme.json().get("id").asString());
    }

    @Test
    void anUnknownPartOfAProgrammeIs404() {
        LedgerHttp.Response programme = ops().post("/api/funding-programmes", Campus.programme());

        LedgerHttp.Response missing =
                reporter()
                        .get(
                                "/api/funding-programmes/"
                                        + programme.json().get("id").asString()
                                        + "/reports/report-none?minPosition="
                                        + programme.position());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aReaderMayAskForTheHeadersAlone() {
        LedgerHttp.Response created =
                ops().post("/api/units", Campus.unit("RE-3", "OFFICE", "80.00"));
        read(created);

        LedgerHttp.Response head = reporter().head(path(created));

        assertThat(head.status()).as(head.toString()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo("\"1\"");
        assertThat(head.text()).isEmpty();
        assertThat(ops().head(path(created)).status()).isEqualTo(403);
    }

    @Test
    void ifMatchOnACreationIs412AndAppendsNothing() {
        long head = eventLog.headPosition();

        LedgerHttp.Response created =
                ops().post("/api/units", Campus.unit("RE-4", "LAB", "50.00"), "If-Match", "\"1\"");

        assertThat(created.status()).as(created.toString()).isEqualTo(412);
        assertThat(created.json().get("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }

    @Test
    void aWeakETagNeverMatchesButTheStrongOneFromAGetDoes() {
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Weak Tag NV", "SCALE_UP"))
                        .json()
                        .get("id")
                        .asString();
        long head = eventLog.headPosition();

        LedgerHttp.Response weak =
                ops().post(
                                "/api/tenants/" + tenantId + "/arrival",
                                body("date", "2023-02-01"),
                                "If-Match",
                                "W/\"1\"");

        assertThat(weak.status()).as(weak.toString()).isEqualTo(412);
        assertThat(eventLog.headPosition()).isEqualTo(head);
        String etag =
                reporter().get("/api/tenants/" + tenantId + "?minPosition=" + head).header("ETag");
        LedgerHttp.Response strong =
                ops().post(
                                "/api/tenants/" + tenantId + "/arrival",
                                body("date", "2023-02-01"),
                                "If-Match",
                                etag);
        assertThat(strong.status()).as(strong.toString()).isEqualTo(200);
    }

    private LedgerHttp.Response read(LedgerHttp.Response created) {
        return reporter().get(path(created) + "?minPosition=" + created.position());
    }

    private static String path(LedgerHttp.Response created) {
        String location = created.header("Location");
        assertThat(location).as(created.toString()).isNotNull();
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
