package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.command.demo.DemoCampusLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo campus, loaded at start into the empty store, read back through the views and the
 * history.
 */
class DemoCampusTest extends DemoAppTest {

    @Autowired DemoCampusLoader loader;

    @Test
    void theDemoCampusHoldsTheCampusFactsThroughTheViews() {
        long head = eventLog.headPosition();
        assertThat(head).as("the demo appended its history at start").isGreaterThan(100);
        String wait = "&minPosition=" + head;

        JsonNode programmes = reporter().get("/api/funding-programmes?size=10" + wait).json();
        assertThat(programmes.get("items")).hasSize(1);
        JsonNode programme =
                reporter()
                        .get(
                                "/api/funding-programmes/"
                                        + programmes.get("items").get(0).get("id").asString()
                                        + "?date=2025-12-31"
                                        + wait)
                        .json();
        assertThat(programme.get("totals").get("committed").asString()).isEqualTo("16000000.00");
        // 3,800,000 capital + 6,000,000 bank + 1,000,000 Hermes + ERDF 2,745,437.50 + 1,441,375.00
        assertThat(programme.get("totals").get("paid").asString()).isEqualTo("14986812.50");
        assertThat(amounts(programme, "committed"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "ERDF",
                                "5200000.00",
                                "HERMES",
                                "1000000.00",
                                "CAPITAL",
                                "3800000.00",
                                "BANK",
                                "6000000.00"));
        assertThat(amounts(programme, "paid"))
                .containsEntry("ERDF", "4186812.50")
                .containsEntry("BANK", "6000000.00");
        assertThat(amounts(programme, "requested")).containsEntry("ERDF", "412750.00");
        assertThat(amounts(programme, "remaining")).containsEntry("ERDF", "600437.50");
        List<String> statuses =
                programme
                        .get("reports")
                        .valueStream()
                        .map(r -> r.get("status").asString())
                        .toList();
        assertThat(statuses)
                .hasSize(6)
                .containsOnly("APPROVED", "SUBMITTED")
                .filteredOn("SUBMITTED"::equals)
                .hasSize(1);
        assertThat(programme.get("reports").get(0).get("trail").findValuesAsString("action"))
                .containsExactly("DRAFTED", "SUBMITTED", "REJECTED", "RESUBMITTED", "APPROVED");
        assertThat(
                        programme
                                .get("disbursements")
                                .valueStream()
                                .map(d -> d.get("status").asString())
                                .toList())
                .hasSize(7)
                .filteredOn("REQUESTED"::equals)
                .hasSize(1);
        assertThat(programme.get("meetings")).hasSize(6);

        JsonNode occupancy = reporter().get("/api/occupancy?date=2025-12-31" + wait).json();
        assertThat(occupancy.get("total").get("area").asString()).isEqualTo("8000.00");
        assertThat(occupancy.get("total").get("leasedArea").asString()).isEqualTo("7825.00");
        assertThat(occupancy.get("byType").findValuesAsString("type"))
                .containsExactlyInAnyOrder("LAB", "OFFICE", "PRODUCTION_HALL");

        JsonNode jobs = reporter().get("/api/jobs?date=2025-12-31" + wait).json();
        assertThat(jobs.get("totals").get("net").asLong()).isEqualTo(442);
        assertThat(
                        reporter()
                                .get("/api/jobs?date=2023-12-31" + wait)
                                .json()
                                .get("totals")
                                .get("net")
                                .asLong())
                .isEqualTo(174);

        JsonNode tenants = reporter().get("/api/tenants?size=100&date=2025-12-31" + wait).json();
        assertThat(tenants.get("items")).hasSize(12);
        assertThat(
                        tenants.get("items").findValuesAsString("profile").stream()
                                .collect(Collectors.groupingBy(p -> p, Collectors.counting())))
                .containsOnly(
                        Map.entry("START_UP", 3L),
                        Map.entry("SCALE_UP", 3L),
                        Map.entry("ESTABLISHED", 3L),
                        Map.entry("SERVICE_PROVIDER", 3L));
        assertThat(tenants.get("items").findValuesAsString("status"))
                .filteredOn("DEPARTED"::equals)
                .hasSize(1);

        JsonNode leases = reporter().get("/api/leases?size=100" + wait).json();
        assertThat(leases.get("items")).hasSize(12);
    }

    @Test
    void theDemoDeclaresItsCostsWithEvidenceAndClaimsErdfFromTheApprovedOnes() {
        long head = eventLog.headPosition();
        String wait = "&minPosition=" + head;
        String programme =
                reporter()
                        .get("/api/funding-programmes?size=10" + wait)
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString();
        JsonNode reports =
                reporter()
                        .get("/api/funding-programmes/" + programme + "/reports?size=100" + wait)
                        .json()
                        .get("items");
        String construction = reports.get(0).get("id").asString();

        JsonNode lines =
                reporter()
                        .get(
                                "/api/funding-programmes/"
                                        + programme
                                        + "/reports/"
                                        + construction
                                        + "/lines?size=100"
                                        + wait)
                        .json()
                        .get("items");
        assertThat(lines)
                .as(
                        "five first declared, the HVAC lot withdrawn and declared again, the façade"
                                + " added")
                .hasSize(6);
        assertThat(
                        lines.findValuesAsString("status").stream()
                                .collect(Collectors.groupingBy(st -> st, Collectors.counting())))
                .containsOnly(Map.entry("ACCEPTED", 5L), Map.entry("REFUSED", 1L));
        JsonNode refusedLine =
                lines.valueStream()
                        .filter(l -> l.get("status").asString().equals("REFUSED"))
                        .findFirst()
                        .orElseThrow();
        assertThat(refusedLine.get("declaredEligible").asString()).isEqualTo("18450.00");
        assertThat(refusedLine.get("acceptedEligible").asString()).isEqualTo("0.00");
        assertThat(refusedLine.get("reviewRemarks").asString())
                .isEqualTo(
                        "Hospitality and reception costs are not eligible under the ERDF"
                                + " programme");
        JsonNode fees =
                lines.valueStream()
                        .filter(l -> l.get("category").asString().equals("STUDIES_AND_FEES"))
                        .findFirst()
                        .orElseThrow();
        assertThat(fees.get("declaredEligible").asString()).isEqualTo("410000.00");
        assertThat(fees.get("acceptedEligible").asString()).isEqualTo("365000.00");
        assertThat(lines.valueStream().mapToInt(l -> l.get("evidence").size()).sum())
                .as(
                        "an invoice and a proof of payment per line, and the HVAC lot's procurement"
                                + " file")
                .isEqualTo(13);

        JsonNode evidence = lines.get(0).get("evidence");
        for (JsonNode document : evidence) {
            var download = auditor().download("/api/evidence/" + document.get("sha256").asString());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).hasSize(document.get("sizeBytes").asInt());
            assertThat(be.thorpark.ledger.eventstore.evidence.EvidenceStore.sha256(download.body()))
                    .isEqualTo(document.get("sha256").asString());
            assertThat(download.headers().firstValue("Content-Type"))
                    .contains(document.get("mediaType").asString());
        }
        assertThat(evidence.findValuesAsString("mediaType"))
                .containsExactly("application/pdf", "image/png");

        JsonNode claims =
                reporter()
                        .get("/api/funding-programmes/" + programme + "/claims?size=10" + wait)
                        .json()
                        .get("sources");
        JsonNode erdf =
                claims.valueStream()
                        .filter(c -> c.get("code").asString().equals("ERDF"))
                        .findFirst()
                        .orElseThrow();
        // Approved: 8,447,500.00 (2021-2022, one line cut, one refused) + 4,435,000.00 (2023) +
        // 1,270,000.00 (2024).
        assertThat(erdf.get("coFinancingRate").asString()).isEqualTo("32.50");
        assertThat(erdf.get("approvedEligible").asString()).isEqualTo("14152500.00");
        assertThat(erdf.get("share").asString()).isEqualTo("4599562.50");
        assertThat(erdf.get("requested").asString()).isEqualTo("4599562.50");
        assertThat(erdf.get("paid").asString()).isEqualTo("4186812.50");
        assertThat(erdf.get("claimable").asString()).isEqualTo("0.00");
        assertThat(erdf.get("commitmentLeft").asString()).isEqualTo("600437.50");
        assertThat(erdf.get("lineage").get("approvals"))
                .as(
                        "every approval of the programme, the two content "
                                + "reports' (nothing eligible) included")
                .hasSize(5);
        assertThat(erdf.get("lineage").get("payments")).hasSize(2);

        JsonNode disbursements =
                reporter()
                        .get(
                                "/api/funding-programmes/"
                                        + programme
                                        + "/disbursements?size=100"
                                        + wait)
                        .json()
                        .get("items");
        assertThat(
                        disbursements
                                .valueStream()
                                .filter(d -> d.get("source").asString().equals("ERDF"))
                                .map(
                                        d ->
                                                d.get("amount").asString()
                                                        + " "
                                                        + d.get("status").asString())
                                .toList())
                .as("32.50 % of the approved costs less what was claimed before")
                .containsExactlyInAnyOrder(
                        "2745437.50 PAID", "1441375.00 PAID", "412750.00 REQUESTED");

        Map<String, String> indicators =
                reporter()
                        .get("/api/indicators?date=2025-12-31" + wait)
                        .json()
                        .get("figures")
                        .valueStream()
                        .collect(
                                Collectors.toMap(
                                        f -> f.get("indicator").asString(),
                                        f -> f.get("value").asString()));
        assertThat(indicators)
                .containsEntry("CO01", "11")
                .containsEntry("CO05", "2")
                .containsEntry("JOBS", "442")
                .containsEntry("CO08", "442.00")
                .containsEntry("CO39", "8000.00")
                .containsEntry("LEASED", "7825.00");
    }

    @Test
    void everyDemoEventSaysWhoWhyAndInWhichStory() {
        JsonNode page = auditor().get("/api/events?after=0&limit=1000").json();
        List<JsonNode> events = page.get("items").valueStream().toList();
        assertThat(events).hasSize((int) eventLog.headPosition());
        assertThat(events)
                .allSatisfy(
                        e -> {
                            assertThat(e.get("actor").asString()).isEqualTo(DemoCampusLoader.ACTOR);
                            assertThat(e.get("reason").asString()).startsWith("Demo campus: ");
                            assertThat(e.get("correlationId").asString()).isNotBlank();
                        });
        assertThat(events.stream().map(e -> e.get("type").asString()))
                .contains(
                        "LeaseAmended",
                        "LeaseTerminated",
                        "TenantDeparted",
                        "ProgressReportRejected",
                        "ProgressReportResubmitted",
                        "DisbursementPaid",
                        "SteeringCommitteeMeetingRecorded",
                        "ProgressReportDrafted",
                        "ExpenditureLineDeclared",
                        "ExpenditureLineWithdrawn",
                        "ExpenditureLineAccepted",
                        "ExpenditureLineRefused");
        String story =
                events.stream()
                        .filter(e -> e.get("type").asString().equals("TenantRegistered"))
                        .findFirst()
                        .orElseThrow()
                        .get("correlationId")
                        .asString();
        JsonNode sameStory =
                auditor().get("/api/events?after=0&limit=100&correlationId=" + story).json();
        assertThat(sameStory.get("items").findValuesAsString("type"))
                .contains("TenantRegistered", "TenantArrived", "LeaseSigned", "JobsRegistered")
                .doesNotContain("FundingProgrammeOpened");
    }

    @Test
    void theDemoLoadReportsWhereItStandsAndHowItEnded() {
        JsonNode run = reporter().get("/api/demo-load").json();
        assertThat(run.get("kind").asString()).isEqualTo("demo-load");
        assertThat(run.get("unit").asString()).isEqualTo("commands");
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("total").asLong()).isGreaterThan(100);
        assertThat(run.get("done").asLong()).isEqualTo(run.get("total").asLong());
        assertThat(run.get("percent").asInt()).isEqualTo(100);
        assertThat(run.get("perSecond").asDouble()).isPositive();
        assertThat(run.get("detail").asString())
                .startsWith("Loaded " + run.get("done").asLong() + " commands");
    }

    @Test
    void aStoreThatHoldsEventsGetsNoDemo() {
        long before = eventLog.headPosition();
        assertThat(before).isPositive();

        int sent = loader.loadIfEmpty();

        assertThat(sent).isZero();
        assertThat(eventLog.headPosition()).isEqualTo(before);
    }

    private static Map<String, String> amounts(JsonNode programme, String field) {
        return programme
                .get("sources")
                .valueStream()
                .collect(
                        Collectors.toMap(
                                s -> s.get("code").asString(), s -> s.get(field).asString()));
    }
}
