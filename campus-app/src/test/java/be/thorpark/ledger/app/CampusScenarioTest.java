package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The campus facts loaded entirely through the REST API: the EUR 16 M programme with its four
 * sources, the first 8,000 m2 of units, tenants arriving, leases, jobs, a report rejected then
 * approved, and an ERDF disbursement refused before the approval and paid after it. Then the views
 * are checked against the targets.
 */
class CampusScenarioTest extends LedgerAppTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.mongodb.client.MongoDatabase database;

    private String id(LedgerHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asString();
    }

    @Test
    void theCampusFactsHoldThroughTheApi() {
        LedgerHttp ops = ops();
        String programme = id(ops.post("/api/funding-programmes", Campus.programme()));

        List<String> units =
                List.of(
                        id(
                                ops.post(
                                        "/api/units",
                                        Campus.unit("HALL-A", "PRODUCTION_HALL", "3000.00"))),
                        id(
                                ops.post(
                                        "/api/units",
                                        Campus.unit("HALL-B", "PRODUCTION_HALL", "2000.00"))),
                        id(ops.post("/api/units", Campus.unit("LAB-1", "LAB", "1500.00"))),
                        id(ops.post("/api/units", Campus.unit("OFFICE-1", "OFFICE", "1500.00"))));

        String robotics =
                id(ops.post("/api/tenants", Campus.tenant("Flanders Robotics NV", "SCALE_UP")));
        String sensors = id(ops.post("/api/tenants", Campus.tenant("Genk Sensors BV", "START_UP")));
        id(ops.post("/api/tenants/" + robotics + "/arrival", body("date", "2023-01-09")));
        id(ops.post("/api/tenants/" + sensors + "/arrival", body("date", "2023-02-01")));

        id(
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                robotics,
                                units.get(0),
                                "3000.00",
                                "2023-01-09",
                                "2032-12-31",
                                "24000.00")));
        id(
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                sensors,
                                units.get(2),
                                "750.50",
                                "2023-02-01",
                                "2027-01-31",
                                "9006.00")));
        LedgerHttp.Response overfill =
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                sensors,
                                units.get(0),
                                "1.00",
                                "2024-01-01",
                                "2024-12-31",
                                "10.00"));
        assertThat(overfill.status()).as(overfill.toString()).isEqualTo(409);
        assertThat(overfill.json().get("code").asString()).isEqualTo("UNIT_ALREADY_LEASED");

        id(
                ops.post(
                        "/api/tenants/" + robotics + "/jobs",
                        body(
                                "change",
                                "CREATED",
                                "count",
                                120,
                                "category",
                                "production",
                                "effectiveDate",
                                "2023-03-01")));
        id(
                ops.post(
                        "/api/tenants/" + sensors + "/jobs",
                        body(
                                "change",
                                "CREATED",
                                "count",
                                35,
                                "category",
                                "engineering",
                                "effectiveDate",
                                "2023-04-01")));
        id(
                ops.post(
                        "/api/tenants/" + robotics + "/jobs",
                        body(
                                "change",
                                "ENDED",
                                "count",
                                5,
                                "category",
                                "production",
                                "effectiveDate",
                                "2023-09-30")));

        String report =
                id(
                        ops.post(
                                "/api/funding-programmes/" + programme + "/reports",
                                body(
                                        "periodFrom",
                                        "2021-01-01",
                                        "periodTo",
                                        "2022-12-31",
                                        "kind",
                                        "FINANCIAL",
                                        "summary",
                                        "Construction costs 2021-2022")));
        LedgerHttp.Response tooEarly =
                ops.post(
                        "/api/funding-programmes/" + programme + "/disbursements",
                        body("source", "ERDF", "amount", "2600000.00", "reportId", report));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(422);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("ERDF_REPORT_NOT_APPROVED");

        id(
                ops.post(
                        "/api/funding-programmes/"
                                + programme
                                + "/reports/"
                                + report
                                + "/rejection",
                        body("remarks", "Invoices for the façade are missing")));
        id(
                ops.post(
                        "/api/funding-programmes/"
                                + programme
                                + "/reports/"
                                + report
                                + "/resubmission",
                        body("summary", "Construction costs 2021-2022, façade invoices added")));
        id(
                ops.post(
                        "/api/funding-programmes/" + programme + "/reports/" + report + "/approval",
                        body("remarks", "Checked by VLAIO")));
        String disbursement =
                id(
                        ops.post(
                                "/api/funding-programmes/" + programme + "/disbursements",
                                body(
                                        "source",
                                        "ERDF",
                                        "amount",
                                        "2600000.00",
                                        "reportId",
                                        report)));
        LedgerHttp.Response paid =
                ops.post(
                        "/api/funding-programmes/"
                                + programme
                                + "/disbursements/"
                                + disbursement
                                + "/payment",
                        body("paidOn", "2023-05-15"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        LedgerHttp.Response again =
                ops.post(
                        "/api/funding-programmes/"
                                + programme
                                + "/disbursements/"
                                + disbursement
                                + "/payment",
                        body("paidOn", "2023-05-16"));
        assertThat(again.json().get("code").asString()).isEqualTo("DISBURSEMENT_ALREADY_PAID");
        LedgerHttp.Response tooMuch =
                ops.post(
                        "/api/funding-programmes/" + programme + "/disbursements",
                        body("source", "HERMES", "amount", "1000000.01"));
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("COMMITMENT_EXCEEDED");

        assertThat(
                        database.getCollection("snapshots")
                                .countDocuments(
                                        com.mongodb.client.model.Filters.eq("_id", programme)))
                .as("the programme passed the snapshot threshold of 5 events")
                .isPositive();

        long position = paid.position();
        JsonNode funding =
                reporter()
                        .get("/api/funding-programmes/" + programme + "?minPosition=" + position)
                        .json();
        assertThat(funding.get("totals").get("committed").asString()).isEqualTo("16000000.00");
        assertThat(funding.get("totals").get("paid").asString()).isEqualTo("2600000.00");
        JsonNode erdf = source(funding, "ERDF");
        assertThat(erdf.get("committed").asString()).isEqualTo("5200000.00");
        assertThat(erdf.get("paid").asString()).isEqualTo("2600000.00");
        assertThat(erdf.get("remaining").asString()).isEqualTo("2600000.00");
        assertThat(source(funding, "HERMES").get("committed").asString()).isEqualTo("1000000.00");
        assertThat(source(funding, "CAPITAL").get("committed").asString()).isEqualTo("3800000.00");
        assertThat(source(funding, "BANK").get("committed").asString()).isEqualTo("6000000.00");
        assertThat(funding.get("erdfRequestPossible").asBoolean()).isTrue();
        assertThat(funding.get("reports").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(funding.get("reports").get(0).get("trail").findValuesAsString("action"))
                .containsSubsequence("SUBMITTED", "REJECTED", "RESUBMITTED", "APPROVED");

        JsonNode occupancy =
                reporter().get("/api/occupancy?date=2024-06-30&minPosition=" + position).json();
        assertThat(occupancy.get("targets").findValuesAsString("targetArea"))
                .contains("8000.00", "30000.00");
        JsonNode hallA =
                reporter()
                        .get("/api/units?date=2024-06-30&size=1000")
                        .json()
                        .get("items")
                        .valueStream()
                        .filter(u -> u.get("id").asString().equals(units.get(0)))
                        .findFirst()
                        .orElseThrow();
        assertThat(hallA.get("leasedArea").asString()).isEqualTo("3000.00");
        assertThat(hallA.get("occupancyRate").asString()).isEqualTo("100.00");

        JsonNode jobs = reporter().get("/api/jobs?date=2023-12-31&size=1000").json();
        assertThat(jobs.get("targets").findValuesAsString("name")).hasSize(2);
        assertThat(jobs.get("targets").findValues("jobs").stream().map(JsonNode::asLong))
                .contains(600L, 5000L);
        JsonNode roboticsJobs =
                jobs.get("items")
                        .valueStream()
                        .filter(t -> t.get("tenantId").asString().equals(robotics))
                        .findFirst()
                        .orElseThrow();
        assertThat(roboticsJobs.get("net").asLong()).isEqualTo(115);
    }

    private static JsonNode source(JsonNode programme, String code) {
        return programme
                .get("sources")
                .valueStream()
                .filter(s -> s.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
