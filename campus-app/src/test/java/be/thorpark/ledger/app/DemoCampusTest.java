package be.thorpark.ledger.app;

import be.thorpark.ledger.command.demo.DemoCampusLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo campus, loaded at start into the empty store, read back through the views and the history. */
class DemoCampusTest extends DemoAppTest {

    @Autowired
    DemoCampusLoader loader;

    @Test
    void theDemoCampusHoldsTheCampusFactsThroughTheViews() {
        long head = eventLog.headPosition();
        assertThat(head).as("the demo appended its history at start").isGreaterThan(100);
        String wait = "&minPosition=" + head;

        JsonNode programmes = reporter().get("/api/funding-programmes?size=10" + wait).json();
        assertThat(programmes.get("items")).hasSize(1);
        JsonNode programme = reporter().get("/api/funding-programmes/"
                + programmes.get("items").get(0).get("id").asString() + "?date=2025-12-31" + wait).json();
        assertThat(programme.get("totals").get("committed").asString()).isEqualTo("16000000.00");
        assertThat(programme.get("totals").get("paid").asString()).isEqualTo("14960000.00");
        assertThat(amounts(programme, "committed")).containsExactlyInAnyOrderEntriesOf(Map.of("ERDF", "5200000.00",
                "HERMES", "1000000.00", "CAPITAL", "3800000.00", "BANK", "6000000.00"));
        assertThat(amounts(programme, "paid")).containsEntry("ERDF", "4160000.00").containsEntry("BANK", "6000000.00");
        assertThat(amounts(programme, "remaining")).containsEntry("ERDF", "520000.00");
        List<String> statuses = programme.get("reports").valueStream().map(r -> r.get("status").asString()).toList();
        assertThat(statuses).hasSize(6).containsOnly("APPROVED", "SUBMITTED").filteredOn("SUBMITTED"::equals).hasSize(1);
        assertThat(programme.get("reports").get(0).get("trail").findValuesAsString("action"))
                .containsExactly("SUBMITTED", "REJECTED", "RESUBMITTED", "APPROVED");
        assertThat(programme.get("disbursements").valueStream().map(d -> d.get("status").asString()).toList())
                .hasSize(7).filteredOn("REQUESTED"::equals).hasSize(1);
        assertThat(programme.get("meetings")).hasSize(6);

        JsonNode occupancy = reporter().get("/api/occupancy?date=2025-12-31" + wait).json();
        assertThat(occupancy.get("total").get("area").asString()).isEqualTo("8000.00");
        assertThat(occupancy.get("total").get("leasedArea").asString()).isEqualTo("7825.00");
        assertThat(occupancy.get("byType").findValuesAsString("type"))
                .containsExactlyInAnyOrder("LAB", "OFFICE", "PRODUCTION_HALL");

        JsonNode jobs = reporter().get("/api/jobs?date=2025-12-31" + wait).json();
        assertThat(jobs.get("totals").get("net").asLong()).isEqualTo(442);
        assertThat(reporter().get("/api/jobs?date=2023-12-31" + wait).json().get("totals").get("net").asLong())
                .isEqualTo(174);

        JsonNode tenants = reporter().get("/api/tenants?size=100&date=2025-12-31" + wait).json();
        assertThat(tenants.get("items")).hasSize(12);
        assertThat(tenants.get("items").findValuesAsString("profile").stream().collect(Collectors.groupingBy(p -> p,
                Collectors.counting()))).containsOnly(Map.entry("START_UP", 3L), Map.entry("SCALE_UP", 3L),
                Map.entry("ESTABLISHED", 3L), Map.entry("SERVICE_PROVIDER", 3L));
        assertThat(tenants.get("items").findValuesAsString("status")).filteredOn("DEPARTED"::equals).hasSize(1);

        JsonNode leases = reporter().get("/api/leases?size=100" + wait).json();
        assertThat(leases.get("items")).hasSize(12);
    }

    @Test
    void everyDemoEventSaysWhoWhyAndInWhichStory() {
        JsonNode page = auditor().get("/api/events?after=0&limit=1000").json();
        List<JsonNode> events = page.get("items").valueStream().toList();
        assertThat(events).hasSize((int) eventLog.headPosition());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo(DemoCampusLoader.ACTOR);
            assertThat(e.get("reason").asString()).startsWith("Demo campus: ");
            assertThat(e.get("correlationId").asString()).isNotBlank();
        });
        assertThat(events.stream().map(e -> e.get("type").asString()))
                .contains("LeaseAmended", "LeaseTerminated", "TenantDeparted", "ProgressReportRejected",
                        "ProgressReportResubmitted", "DisbursementPaid", "SteeringCommitteeMeetingRecorded");
        String story = events.stream().filter(e -> e.get("type").asString().equals("TenantRegistered")).findFirst()
                .orElseThrow().get("correlationId").asString();
        JsonNode sameStory = auditor().get("/api/events?after=0&limit=100&correlationId=" + story).json();
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
        assertThat(run.get("detail").asString()).startsWith("Loaded " + run.get("done").asLong() + " commands");
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
        return programme.get("sources").valueStream()
                .collect(Collectors.toMap(s -> s.get("code").asString(), s -> s.get(field).asString()));
    }
}
