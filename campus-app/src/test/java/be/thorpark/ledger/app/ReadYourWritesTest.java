package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every command type followed at once by a read of its view with {@code ?minPosition=} set to the
 * command's position: the very first answer is 200, reflects at least that position and already
 * shows the change. No read is repeated.
 */
class ReadYourWritesTest extends LedgerAppTest {

    @Test
    void aTenantsRegistrationArrivalJobsAndDepartureAreVisibleInTheFirstReadAfterEach() {
        LedgerHttp ops = ops();
        LedgerHttp.Response registered =
                ops.post("/api/tenants", Campus.tenant("Limburg Drones NV", "START_UP"));
        String tenant = registered.json().get("id").asString();
        JsonNode view = readAfter(registered, "/api/tenants/" + tenant);
        assertThat(view.get("name").asString()).isEqualTo("Limburg Drones NV");

        view =
                readAfter(
                        ops.post("/api/tenants/" + tenant + "/arrival", body("date", "2023-03-01")),
                        "/api/tenants/" + tenant);
        assertThat(view.get("arrivalDate").asString()).isEqualTo("2023-03-01");

        JsonNode jobs =
                readAfter(
                        ops.post(
                                "/api/tenants/" + tenant + "/jobs",
                                body(
                                        "change",
                                        "CREATED",
                                        "count",
                                        17,
                                        "category",
                                        "engineering",
                                        "effectiveDate",
                                        "2023-04-01")),
                        "/api/jobs?size=1000");
        JsonNode line = item(jobs, "tenantId", tenant);
        assertThat(line.get("created").asLong()).isEqualTo(17);
        assertThat(line.get("net").asLong()).isEqualTo(17);

        view =
                readAfter(
                        ops.post(
                                "/api/tenants/" + tenant + "/departure",
                                body("date", "2024-02-29")),
                        "/api/tenants/" + tenant);
        assertThat(view.get("departureDate").asString()).isEqualTo("2024-02-29");
        assertThat(view.get("status").asString()).isEqualTo("DEPARTED");
    }

    @Test
    void aUnitAndALeaseSignedAmendedAndTerminatedAreVisibleInTheFirstReadAfterEach() {
        LedgerHttp ops = ops();
        LedgerHttp.Response unitRegistered =
                ops.post("/api/units", Campus.unit("LAB-RYW", "LAB", "800.00"));
        String unit = unitRegistered.json().get("id").asString();
        JsonNode units = readAfter(unitRegistered, "/api/units?size=1000&date=2024-01-01");
        assertThat(item(units, "id", unit).get("area").asString()).isEqualTo("800.00");

        String tenant =
                id(ops.post("/api/tenants", Campus.tenant("Hasselt Coatings BV", "SCALE_UP")));
        LedgerHttp.Response signed =
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                tenant, unit, "400.00", "2023-06-01", "2028-05-31", "5200.00"));
        String lease = signed.json().get("id").asString();
        JsonNode view = readAfter(signed, "/api/leases/" + lease + "?date=2024-01-01");
        assertThat(view.get("tenantId").asString()).isEqualTo(tenant);
        assertThat(view.get("area").asString()).isEqualTo("400.00");

        view =
                readAfter(
                        ops.post(
                                "/api/leases/" + lease + "/amendments",
                                body(
                                        "effectiveDate",
                                        "2024-01-01",
                                        "areaM2",
                                        "600.00",
                                        "monthlyRent",
                                        "7800.00")),
                        "/api/leases/" + lease + "?date=2024-06-30");
        assertThat(view.get("amendments")).hasSize(1);
        assertThat(view.get("area").asString()).isEqualTo("600.00");
        assertThat(view.get("monthlyRent").asString()).isEqualTo("7800.00");

        view =
                readAfter(
                        ops.post(
                                "/api/leases/" + lease + "/termination",
                                body("effectiveDate", "2025-12-31")),
                        "/api/leases/" + lease + "?date=2024-06-30");
        assertThat(view.get("termination").isNull()).as(view.toString()).isFalse();
        assertThat(view.get("termination").get("lastDay").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void aProgrammeItsReportsDisbursementsAndMeetingsAreVisibleInTheFirstReadAfterEach() {
        LedgerHttp ops = ops();
        LedgerHttp.Response opened = ops.post("/api/funding-programmes", Campus.programme());
        String programme = opened.json().get("id").asString();
        String path = "/api/funding-programmes/" + programme;
        JsonNode view = readAfter(opened, path);
        assertThat(view.get("totals").get("committed").asString()).isEqualTo("16000000.00");

        LedgerHttp.Response submitted =
                ops.post(
                        path + "/reports",
                        body(
                                "periodFrom",
                                "2021-01-01",
                                "periodTo",
                                "2021-12-31",
                                "kind",
                                "FINANCIAL",
                                "summary",
                                "Costs 2021"));
        String report = submitted.json().get("id").asString();
        assertThat(reportStatus(readAfter(submitted, path), report)).isEqualTo("SUBMITTED");

        assertThat(
                        reportStatus(
                                readAfter(
                                        ops.post(
                                                path + "/reports/" + report + "/rejection",
                                                body("remarks", "Invoices missing")),
                                        path),
                                report))
                .isEqualTo("REJECTED");
        assertThat(
                        reportStatus(
                                readAfter(
                                        ops.post(
                                                path + "/reports/" + report + "/resubmission",
                                                body("summary", "Costs 2021, invoices added")),
                                        path),
                                report))
                .isEqualTo("RESUBMITTED");
        assertThat(
                        reportStatus(
                                readAfter(
                                        ops.post(
                                                path + "/reports/" + report + "/approval",
                                                body("remarks", "Checked")),
                                        path),
                                report))
                .isEqualTo("APPROVED");

        LedgerHttp.Response requested =
                ops.post(
                        path + "/disbursements",
                        body("source", "ERDF", "amount", "1300000.00", "reportId", report));
        String disbursement = requested.json().get("id").asString();
        view = readAfter(requested, path);
        assertThat(item(view.get("disbursements"), "id", disbursement).get("status").asString())
                .isEqualTo("REQUESTED");
        assertThat(source(view, "ERDF").get("requested").asString()).isEqualTo("1300000.00");

        view =
                readAfter(
                        ops.post(
                                path + "/disbursements/" + disbursement + "/payment",
                                body("paidOn", "2022-03-15")),
                        path);
        assertThat(item(view.get("disbursements"), "id", disbursement).get("status").asString())
                .isEqualTo("PAID");
        assertThat(source(view, "ERDF").get("paid").asString()).isEqualTo("1300000.00");

        LedgerHttp.Response met =
                ops.post(
                        path + "/steering-committee-meetings",
                        body(
                                "date",
                                "2022-04-20",
                                "participants",
                                List.of("NV Thor Park", "VLAIO"),
                                "decisions",
                                List.of("Phase 2 goes ahead")));
        view = readAfter(met, path);
        assertThat(
                        item(view.get("meetings"), "id", met.json().get("id").asString())
                                .get("decisions")
                                .get(0)
                                .asString())
                .isEqualTo("Phase 2 goes ahead");
    }

    /**
     * The single read of {@code path} with the command's position; asserts it is answered at that
     * position.
     */
    private JsonNode readAfter(LedgerHttp.Response command, String path) {
        assertThat(command.status()).as(command.toString()).isIn(200, 201);
        long position = command.json().get("position").asLong();
        assertThat(command.position()).isEqualTo(position);
        LedgerHttp.Response view =
                reporter().get(path + (path.contains("?") ? "&" : "?") + "minPosition=" + position);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.position()).as(view.toString()).isGreaterThanOrEqualTo(position);
        return view.json();
    }

    private static String id(LedgerHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asString();
    }

    private static JsonNode item(JsonNode listOrPage, String field, String value) {
        JsonNode items = listOrPage.has("items") ? listOrPage.get("items") : listOrPage;
        return items.valueStream()
                .filter(i -> value.equals(i.path(field).asString()))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no item with "
                                                + field
                                                + " "
                                                + value
                                                + " in "
                                                + listOrPage));
    }

    private static String reportStatus(JsonNode programme, String report) {
        return item(programme.get("reports"), "id", report).get("status").asString();
    }

    private static JsonNode source(JsonNode programme, String code) {
        return item(programme.get("sources"), "code", code);
    }
}
