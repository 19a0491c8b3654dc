package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.edm.EdmProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The OData feed read with Olingo's OData client, as Excel and Power BI read it: the schema, every
 * entity set page by page through {@code @odata.nextLink}, filters and sorts, and every entity
 * against the REST view at the same position and business date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ODataFeedTest extends LedgerAppTest {

    static final String DATE = "2024-06-30";
    static final List<String> SETS =
            List.of(
                    "Tenants",
                    "Units",
                    "OccupancyByType",
                    "Leases",
                    "LeaseAmendments",
                    "RentRoll",
                    "JobsPerTenant",
                    "FundingProgrammes",
                    "FundingSources",
                    "Reports",
                    "Disbursements",
                    "SteeringCommitteeMeetings",
                    "Claims",
                    "ExpenditureLines",
                    "Indicators",
                    "HostedEnterprisesByProfile",
                    "Events");

    String programme;
    String robotics;
    String sensors;
    String hall;
    String lease;
    long position;

    @BeforeAll
    void aCampusWithEveryKindOfRecord() {
        LedgerHttp ops = ops();
        programme = id(ops.post("/api/funding-programmes", Campus.programme()));
        hall = id(ops.post("/api/units", Campus.unit("OD-HALL", "PRODUCTION_HALL", "3000.00")));
        String lab = id(ops.post("/api/units", Campus.unit("OD-LAB", "LAB", "1500.00")));
        String office = id(ops.post("/api/units", Campus.unit("OD-OFFICE", "OFFICE", "1500.00")));
        id(
                ops.post(
                        "/api/units",
                        body(
                                "code",
                                "OD-LATER",
                                "building",
                                "SMC OD",
                                "type",
                                "WORKSHOP",
                                "areaM2",
                                "900.00",
                                "availableFrom",
                                "2025-01-01")));
        robotics = id(ops.post("/api/tenants", Campus.tenant("OData Robotics NV", "SCALE_UP")));
        sensors = id(ops.post("/api/tenants", Campus.tenant("OData Sensors BV", "START_UP")));
        id(ops.post("/api/tenants", Campus.tenant("OData O'Brien Labs", "ESTABLISHED")));
        id(ops.post("/api/tenants/" + robotics + "/arrival", body("date", "2023-01-09")));
        id(ops.post("/api/tenants/" + sensors + "/arrival", body("date", "2023-02-01")));
        lease =
                id(
                        ops.post(
                                "/api/leases",
                                Campus.lease(
                                        robotics,
                                        hall,
                                        "3000.00",
                                        "2023-01-09",
                                        "2032-12-31",
                                        "24000.00")));
        id(
                ops.post(
                        "/api/leases/" + lease + "/amendments",
                        body(
                                "effectiveDate",
                                "2023-06-01",
                                "monthlyRent",
                                "25000.00",
                                "reason",
                                "indexation")));
        id(
                ops.post(
                        "/api/leases/" + lease + "/amendments",
                        body(
                                "effectiveDate",
                                "2024-01-01",
                                "areaM2",
                                "2800.00",
                                "reason",
                                "part of the hall returned")));
        String sensorsLease =
                id(
                        ops.post(
                                "/api/leases",
                                Campus.lease(
                                        sensors,
                                        lab,
                                        "750.50",
                                        "2023-02-01",
                                        "2027-01-31",
                                        "9006.00")));
        id(
                ops.post(
                        "/api/leases/" + sensorsLease + "/termination",
                        body("effectiveDate", "2024-03-31")));
        id(ops.post("/api/tenants/" + sensors + "/departure", body("date", "2024-03-31")));
        id(
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                robotics,
                                office,
                                "400.00",
                                "2024-07-01",
                                "2026-06-30",
                                "4800.00")));
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
        id(
                ops.post(
                        "/api/funding-programmes/" + programme + "/reports",
                        body(
                                "periodFrom",
                                "2023-01-01",
                                "periodTo",
                                "2023-06-30",
                                "kind",
                                "CONTENT",
                                "summary",
                                "First tenants on campus")));
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
        id(
                ops.post(
                        "/api/funding-programmes/"
                                + programme
                                + "/disbursements/"
                                + disbursement
                                + "/payment",
                        body("paidOn", "2023-05-15")));
        id(
                ops.post(
                        "/api/funding-programmes/" + programme + "/disbursements",
                        body("source", "HERMES", "amount", "250000.00")));
        LedgerHttp.Response meeting =
                ops.post(
                        "/api/funding-programmes/" + programme + "/steering-committee-meetings",
                        body(
                                "date",
                                "2023-03-10",
                                "participants",
                                List.of("VLAIO", "NV Mo-Thor"),
                                "decisions",
                                List.of("Planning approved", "Next meeting in June")));
        id(meeting);
        position = meeting.position();
    }

    private static String id(LedgerHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asString();
    }

    private ODataFeed auditorFeed() {
        return new ODataFeed(port, "auditor", "aud-secret");
    }

    private URI atPosition(String set) {
        return auditorFeed()
                .uri(set)
                .addCustomQueryOption("asOfPosition", Long.toString(position))
                .addCustomQueryOption("date", DATE)
                .build();
    }

    private String rest(String path) {
        return path
                + (path.contains("?") ? "&" : "?")
                + "asOfPosition="
                + position
                + "&date="
                + DATE;
    }

    @Test
    void theSchemaDescribesEveryViewWithTypedProperties() {
        Edm edm = auditorFeed().metadata();

        assertThat(edm.getEntityContainer().getEntitySets())
                .extracting(EdmEntitySet::getName)
                .containsExactlyInAnyOrderElementsOf(SETS);
        EdmEntityType tenant = edm.getEntityContainer().getEntitySet("Tenants").getEntityType();
        assertThat(tenant.getKeyPredicateNames()).containsExactly("Id");
        assertThat(type(tenant, "LeasedArea")).isEqualTo("Edm.Decimal");
        assertThat(((EdmProperty) tenant.getProperty("LeasedArea")).getScale()).isEqualTo(2);
        assertThat(type(tenant, "ArrivalDate")).isEqualTo("Edm.Date");
        assertThat(tenant.getNavigationProperty("Leases").getType().getName()).isEqualTo("Lease");
        assertThat(tenant.getNavigationProperty("Leases").isCollection()).isTrue();
        EdmEntityType lease = edm.getEntityContainer().getEntitySet("Leases").getEntityType();
        assertThat(type(lease, "MonthlyRent")).isEqualTo("Edm.Decimal");
        assertThat(((EdmProperty) lease.getProperty("MonthlyRent")).getScale()).isEqualTo(2);
        assertThat(type(lease, "StartDate")).isEqualTo("Edm.Date");
        assertThat(type(lease, "SignedAt")).isEqualTo("Edm.DateTimeOffset");
        EdmEntityType programmeType =
                edm.getEntityContainer().getEntitySet("FundingProgrammes").getEntityType();
        assertThat(programmeType.getNavigationProperty("Sources").getType().getName())
                .isEqualTo("FundingSource");
        EdmEntityType event = edm.getEntityContainer().getEntitySet("Events").getEntityType();
        assertThat(event.getKeyPredicateNames()).containsExactly("Position");
        assertThat(type(event, "Position")).isEqualTo("Edm.Int64");
        assertThat(type(event, "RecordedAt")).isEqualTo("Edm.DateTimeOffset");
        assertThat(event.getPropertyNames())
                .contains("Type", "EntityId", "Actor", "Reason", "Payload");
        assertThat(type(event, "Payload")).isEqualTo("Edm.String");
    }

    private static String type(EdmEntityType type, String property) {
        return type.getProperty(property)
                .getType()
                .getFullQualifiedName()
                .getFullQualifiedNameAsString();
    }

    @Test
    void tenantsPageByPageMatchTheRestDirectory() {
        ODataFeed.Read read = auditorFeed().readAll(atPosition("Tenants"), 2);
        JsonNode rest = auditor().get(rest("/api/tenants?size=1000")).json().get("items");

        assertThat(read.pages()).isGreaterThan(1);
        assertThat(read.positions()).containsOnly(Long.toString(position));
        assertSameEntities(
                read,
                rest,
                "Id",
                "id",
                Map.ofEntries(
                        Map.entry("Name", n -> n.get("name")),
                        Map.entry("EnterpriseNumber", n -> n.get("enterpriseNumber")),
                        Map.entry("Profile", n -> n.get("profile")),
                        Map.entry("Sector", n -> n.get("sector")),
                        Map.entry("Status", n -> n.get("status")),
                        Map.entry("ArrivalDate", n -> n.get("arrivalDate")),
                        Map.entry("DepartureDate", n -> n.get("departureDate")),
                        Map.entry(
                                "CurrentLeases",
                                n ->
                                        LedgerHttp.JSON
                                                .getNodeFactory()
                                                .numberNode(n.get("currentLeases").size())),
                        Map.entry("LeasedArea", n -> n.get("leasedArea")),
                        Map.entry("JobsCreated", n -> n.get("jobs").get("created")),
                        Map.entry("JobsEnded", n -> n.get("jobs").get("ended")),
                        Map.entry("JobsNet", n -> n.get("jobs").get("net")),
                        Map.entry("Position", n -> n.get("position"))));
        Map<String, String> roboticsEntity = ODataFeed.byKey(read.entities(), "Id").get(robotics);
        assertThat(roboticsEntity.get("LeasedArea")).isEqualTo("2800.00");
        assertThat(roboticsEntity.get("JobsNet")).isEqualTo("115");
        assertThat(ODataFeed.byKey(read.entities(), "Id").get(sensors).get("Status"))
                .isEqualTo("DEPARTED");
    }

    @Test
    void unitsAndOccupancyMatchTheRestViews() {
        ODataFeed.Read units = auditorFeed().readAll(atPosition("Units"), 3);
        ODataFeed.Read occupancy = auditorFeed().readAll(atPosition("OccupancyByType"), 2);
        JsonNode restUnits = auditor().get(rest("/api/units?size=1000")).json().get("items");
        JsonNode restOccupancy = auditor().get(rest("/api/occupancy")).json();

        assertThat(units.pages()).isGreaterThan(1);
        assertSameEntities(
                units,
                restUnits,
                "Id",
                "id",
                Map.ofEntries(
                        Map.entry("Building", n -> n.get("building")),
                        Map.entry("Code", n -> n.get("code")),
                        Map.entry("Type", n -> n.get("type")),
                        Map.entry("Area", n -> n.get("area")),
                        Map.entry("AvailableFrom", n -> n.get("availableFrom")),
                        Map.entry("Available", n -> n.get("available")),
                        Map.entry("ActiveLeases", n -> n.get("activeLeases")),
                        Map.entry("LeasedArea", n -> n.get("leasedArea")),
                        Map.entry("FreeArea", n -> n.get("freeArea")),
                        Map.entry("OccupancyRate", n -> n.get("occupancyRate")),
                        Map.entry("Position", n -> n.get("position"))));
        assertThat(ODataFeed.byKey(units.entities(), "Id").get(hall).get("LeasedArea"))
                .isEqualTo("2800.00");

        List<JsonNode> lines = new ArrayList<>();
        restOccupancy.get("byType").forEach(lines::add);
        lines.add(restOccupancy.get("total"));
        assertSameEntities(
                occupancy,
                LedgerHttp.JSON.valueToTree(lines),
                "Type",
                "type",
                Map.ofEntries(
                        Map.entry("Units", n -> n.get("units")),
                        Map.entry("Area", n -> n.get("area")),
                        Map.entry("LeasedArea", n -> n.get("leasedArea")),
                        Map.entry("FreeArea", n -> n.get("freeArea")),
                        Map.entry("OccupancyRate", n -> n.get("occupancyRate")),
                        Map.entry("PlannedArea", n -> n.get("plannedArea"))));
        assertThat(occupancy.entities().get(occupancy.entities().size() - 1).get("Type"))
                .isEqualTo("TOTAL");
    }

    @Test
    void leasesAmendmentsAndTheRentRollMatchTheRestViews() {
        ODataFeed.Read leases = auditorFeed().readAll(atPosition("Leases"), 3);
        ODataFeed.Read amendments = auditorFeed().readAll(atPosition("LeaseAmendments"), 2);
        ODataFeed.Read rentRoll = auditorFeed().readAll(atPosition("RentRoll"), 2);
        JsonNode restLeases = auditor().get(rest("/api/leases?size=1000")).json().get("items");
        JsonNode restRentRoll =
                auditor().get(rest("/api/leases/rent-roll?size=1000")).json().get("items");

        assertSameEntities(
                leases,
                restLeases,
                "Id",
                "id",
                Map.ofEntries(
                        Map.entry("TenantId", n -> n.get("tenantId")),
                                Map.entry("UnitId", n -> n.get("unitId")),
                        Map.entry("StartDate", n -> n.get("startDate")),
                                Map.entry("EndDate", n -> n.get("endDate")),
                        Map.entry("LastDay", n -> n.get("lastDay")),
                                Map.entry("Status", n -> n.get("status")),
                        Map.entry("Area", n -> n.get("area")),
                                Map.entry("MonthlyRent", n -> n.get("monthlyRent")),
                        Map.entry("Amendments", n -> n.get("amendments")),
                                Map.entry("Position", n -> n.get("position"))));
        List<JsonNode> restAmendments = new ArrayList<>();
        for (JsonNode item : restLeases) {
            JsonNode detail =
                    auditor().get(rest("/api/leases/" + item.get("id").asString())).json();
            Map<String, String> feedLease =
                    ODataFeed.byKey(leases.entities(), "Id").get(item.get("id").asString());
            assertThat(same(feedLease.get("SignedArea"), detail.get("signed").get("area")))
                    .isTrue();
            assertThat(
                            same(
                                    feedLease.get("SignedMonthlyRent"),
                                    detail.get("signed").get("monthlyRent")))
                    .isTrue();
            assertThat(same(feedLease.get("SignedEndDate"), detail.get("signed").get("endDate")))
                    .isTrue();
            assertThat(same(feedLease.get("SignedAt"), detail.get("signedAt"))).isTrue();
            for (JsonNode amendment : detail.get("amendments")) {
                restAmendments.add(
                        LedgerHttp.JSON.valueToTree(
                                Map.of(
                                        "key",
                                        item.get("id").asString()
                                                + "/"
                                                + amendment.get("number").asInt(),
                                        "amendment",
                                        amendment)));
            }
        }
        assertSameEntities(
                amendments,
                LedgerHttp.JSON.valueToTree(restAmendments),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("Number", n -> n.get("amendment").get("number")),
                        Map.entry("EffectiveDate", n -> n.get("amendment").get("effectiveDate")),
                        Map.entry("Area", n -> n.get("amendment").get("area")),
                        Map.entry("MonthlyRent", n -> n.get("amendment").get("monthlyRent")),
                        Map.entry("EndDate", n -> n.get("amendment").get("endDate")),
                        Map.entry("RecordedAt", n -> n.get("amendment").get("recordedAt")),
                        Map.entry("Position", n -> n.get("amendment").get("position"))));
        assertThat(amendments.entities().stream().filter(a -> a.get("LeaseId").equals(lease)))
                .extracting(a -> a.get("Number"))
                .containsExactly("1", "2");
        assertSameEntities(
                rentRoll,
                restRentRoll,
                "LeaseId",
                "leaseId",
                Map.ofEntries(
                        Map.entry("TenantId", n -> n.get("tenantId")),
                                Map.entry("UnitId", n -> n.get("unitId")),
                        Map.entry("Area", n -> n.get("area")),
                                Map.entry("MonthlyRent", n -> n.get("monthlyRent"))));
    }

    @Test
    void jobsPerTenantMatchTheRestReport() {
        ODataFeed.Read jobs = auditorFeed().readAll(atPosition("JobsPerTenant"), 2);
        JsonNode rest = auditor().get(rest("/api/jobs?size=1000")).json().get("items");

        assertSameEntities(
                jobs,
                rest,
                "TenantId",
                "tenantId",
                Map.ofEntries(
                        Map.entry("TenantName", n -> n.get("tenantName")),
                                Map.entry("Created", n -> n.get("created")),
                        Map.entry("Ended", n -> n.get("ended")),
                                Map.entry("Net", n -> n.get("net"))));
        assertThat(ODataFeed.byKey(jobs.entities(), "TenantId").get(robotics).get("Net"))
                .isEqualTo("115");
    }

    @Test
    void fundingMatchesTheRestProgrammes() {
        ODataFeed.Read programmes = auditorFeed().readAll(atPosition("FundingProgrammes"), 2);
        ODataFeed.Read sources = auditorFeed().readAll(atPosition("FundingSources"), 3);
        ODataFeed.Read reports = auditorFeed().readAll(atPosition("Reports"), 2);
        ODataFeed.Read disbursements = auditorFeed().readAll(atPosition("Disbursements"), 2);
        ODataFeed.Read meetings = auditorFeed().readAll(atPosition("SteeringCommitteeMeetings"), 2);
        JsonNode restProgrammes =
                auditor().get(rest("/api/funding-programmes?size=1000")).json().get("items");

        assertSameEntities(
                programmes,
                restProgrammes,
                "Id",
                "id",
                Map.ofEntries(
                        Map.entry("Name", n -> n.get("name")),
                                Map.entry("Committed", n -> n.get("committed")),
                        Map.entry("Requested", n -> n.get("requested")),
                                Map.entry("Paid", n -> n.get("paid")),
                        Map.entry("Remaining", n -> n.get("remaining")),
                                Map.entry("Position", n -> n.get("position"))));
        List<JsonNode> restSources = new ArrayList<>();
        List<JsonNode> restReports = new ArrayList<>();
        List<JsonNode> restDisbursements = new ArrayList<>();
        List<JsonNode> restMeetings = new ArrayList<>();
        for (JsonNode item : restProgrammes) {
            String id = item.get("id").asString();
            JsonNode detail = auditor().get(rest("/api/funding-programmes/" + id)).json();
            assertThat(
                            same(
                                    ODataFeed.byKey(programmes.entities(), "Id")
                                            .get(id)
                                            .get("OpenedAt"),
                                    detail.get("openedAt")))
                    .isTrue();
            keyed(
                    auditor()
                            .get(rest("/api/funding-programmes/" + id + "/sources?size=1000"))
                            .json()
                            .get("items"),
                    id,
                    "code",
                    restSources);
            keyed(
                    auditor()
                            .get(rest("/api/funding-programmes/" + id + "/reports?size=1000"))
                            .json()
                            .get("items"),
                    id,
                    "id",
                    restReports);
            keyed(
                    auditor()
                            .get(rest("/api/funding-programmes/" + id + "/disbursements?size=1000"))
                            .json()
                            .get("items"),
                    id,
                    "id",
                    restDisbursements);
            keyed(detail.get("meetings"), id, "id", restMeetings);
        }
        assertSameEntities(
                sources,
                LedgerHttp.JSON.valueToTree(restSources),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("Code", n -> n.get("line").get("code")),
                        Map.entry("Name", n -> n.get("line").get("name")),
                        Map.entry("Committed", n -> n.get("line").get("committed")),
                        Map.entry("Requested", n -> n.get("line").get("requested")),
                        Map.entry("Paid", n -> n.get("line").get("paid")),
                        Map.entry("Remaining", n -> n.get("line").get("remaining"))));
        assertSameEntities(
                reports,
                LedgerHttp.JSON.valueToTree(restReports),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("ReportId", n -> n.get("line").get("id")),
                        Map.entry("Kind", n -> n.get("line").get("kind")),
                        Map.entry("PeriodFrom", n -> n.get("line").get("periodFrom")),
                        Map.entry("PeriodTo", n -> n.get("line").get("periodTo")),
                        Map.entry("Summary", n -> n.get("line").get("summary")),
                        Map.entry("Status", n -> n.get("line").get("status")),
                        Map.entry(
                                "Reviews",
                                n ->
                                        LedgerHttp.JSON
                                                .getNodeFactory()
                                                .numberNode(n.get("line").get("trail").size()))));
        assertSameEntities(
                disbursements,
                LedgerHttp.JSON.valueToTree(restDisbursements),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("DisbursementId", n -> n.get("line").get("id")),
                        Map.entry("Source", n -> n.get("line").get("source")),
                        Map.entry("Amount", n -> n.get("line").get("amount")),
                        Map.entry("ReportId", n -> n.get("line").get("reportId")),
                        Map.entry("PeriodFrom", n -> n.get("line").get("periodFrom")),
                        Map.entry("PeriodTo", n -> n.get("line").get("periodTo")),
                        Map.entry("Status", n -> n.get("line").get("status")),
                        Map.entry("RequestedAt", n -> n.get("line").get("requestedAt")),
                        Map.entry("PaidOn", n -> n.get("line").get("paidOn"))));
        assertSameEntities(
                meetings,
                LedgerHttp.JSON.valueToTree(restMeetings),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("MeetingId", n -> n.get("line").get("id")),
                        Map.entry("Date", n -> n.get("line").get("date")),
                        Map.entry(
                                "Participants",
                                n ->
                                        LedgerHttp.JSON
                                                .getNodeFactory()
                                                .textNode(
                                                        String.join(
                                                                "|",
                                                                list(
                                                                        n.get("line")
                                                                                .get(
                                                                                        "participants"))))),
                        Map.entry(
                                "Decisions",
                                n ->
                                        LedgerHttp.JSON
                                                .getNodeFactory()
                                                .textNode(
                                                        String.join(
                                                                "|",
                                                                list(
                                                                        n.get("line")
                                                                                .get(
                                                                                        "decisions")))))));
        Map<String, String> erdf =
                ODataFeed.byKey(sources.entities(), "Id").get(programme + "/ERDF");
        assertThat(erdf.get("Paid")).isEqualTo("2600000.00");
        assertThat(erdf.get("Remaining")).isEqualTo("2600000.00");
        assertThat(ODataFeed.byKey(programmes.entities(), "Id").get(programme).get("Committed"))
                .isEqualTo("16000000.00");
    }

    private static void keyed(
            JsonNode items, String programmeId, String idField, List<JsonNode> into) {
        items.forEach(
                item ->
                        into.add(
                                LedgerHttp.JSON.valueToTree(
                                        Map.of(
                                                "key",
                                                programmeId + "/" + item.get(idField).asString(),
                                                "line",
                                                item))));
    }

    @Test
    void theEventHistoryMatchesTheRestHistoryEventByEvent() {
        ODataFeed.Read events = auditorFeed().readAll(atPosition("Events"), 500);
        List<JsonNode> rest = new ArrayList<>();
        long after = 0;
        while (after < position) {
            JsonNode page = auditor().get("/api/events?after=" + after + "&limit=1000").json();
            for (JsonNode item : page.get("items")) {
                if (item.get("position").asLong() <= position) {
                    rest.add(item);
                }
            }
            after = page.get("nextAfter").asLong();
        }

        assertThat(events.entities()).hasSize((int) position);
        assertSameEntities(
                events,
                LedgerHttp.JSON.valueToTree(rest),
                "Position",
                "position",
                Map.ofEntries(
                        Map.entry("EventId", n -> n.get("eventId")),
                        Map.entry("Type", n -> n.get("type")),
                        Map.entry("PayloadType", n -> n.get("payloadType")),
                        Map.entry("Revision", n -> n.get("revision")),
                        Map.entry("EntityType", n -> n.get("entityType")),
                        Map.entry("EntityId", n -> n.get("entityId")),
                        Map.entry("EntityVersion", n -> n.get("entityVersion")),
                        Map.entry("RecordedAt", n -> n.get("recordedAt")),
                        Map.entry("Timestamp", n -> n.get("timestamp")),
                        Map.entry("Actor", n -> n.get("actor")),
                        Map.entry("CorrelationId", n -> n.get("correlationId")),
                        Map.entry("CausationId", n -> n.get("causationId")),
                        Map.entry("IdempotencyKey", n -> n.get("idempotencyKey")),
                        Map.entry("Reason", n -> n.get("reason")),
                        Map.entry("Hash", n -> n.get("hash"))));
        Map<String, Map<String, String>> byPosition =
                ODataFeed.byKey(events.entities(), "Position");
        for (JsonNode item : rest) {
            assertThat(
                            LedgerHttp.JSON.readTree(
                                    byPosition.get(item.get("position").asString()).get("Payload")))
                    .isEqualTo(item.get("payload"));
        }
    }

    @Test
    void filtersAndSortsPageThroughTheSameEntitiesTheRestViewHolds() {
        ODataFeed feed = auditorFeed();
        JsonNode restLeases = auditor().get(rest("/api/leases?size=1000")).json().get("items");
        List<JsonNode> active = new ArrayList<>();
        restLeases.forEach(
                l -> {
                    if (l.get("status").asString().equals("ACTIVE")
                            && new BigDecimal(l.get("area").asString())
                                            .compareTo(new BigDecimal("500"))
                                    >= 0) {
                        active.add(l);
                    }
                });
        active.sort(
                (a, b) -> {
                    int byRent =
                            new BigDecimal(b.get("monthlyRent").asString())
                                    .compareTo(new BigDecimal(a.get("monthlyRent").asString()));
                    return byRent != 0
                            ? byRent
                            : a.get("id").asString().compareTo(b.get("id").asString());
                });

        ODataFeed.Read sorted =
                feed.readAll(
                        feed.uri("Leases")
                                .addCustomQueryOption("asOfPosition", Long.toString(position))
                                .addCustomQueryOption("date", DATE)
                                .filter("Status eq 'ACTIVE' and Area ge 500")
                                .orderBy("MonthlyRent desc")
                                .count(true)
                                .build(),
                        2);

        assertThat(sorted.entities())
                .extracting(e -> e.get("Id"))
                .containsExactlyElementsOf(
                        active.stream().map(l -> l.get("id").asString()).toList());
        assertThat(sorted.count()).isEqualTo(active.size());
        assertThat(sorted.entities()).extracting(e -> e.get("Id")).contains(lease);

        ODataFeed.Read named =
                feed.readAll(
                        feed.uri("Tenants")
                                .addCustomQueryOption("asOfPosition", Long.toString(position))
                                .filter(
                                        "contains(Name,'OData') and not startswith(Name,'OData S') "
                                                + "or EnterpriseNumber eq 'none'")
                                .orderBy("Name")
                                .build(),
                        1);
        assertThat(named.entities())
                .extracting(e -> e.get("Name"))
                .containsSubsequence("OData O'Brien Labs", "OData Robotics NV")
                .doesNotContain("OData Sensors BV");
        assertThat(named.pages()).isGreaterThanOrEqualTo(named.entities().size());

        ODataFeed.Read quoted =
                feed.readAll(
                        feed.uri("Tenants")
                                .addCustomQueryOption("asOfPosition", Long.toString(position))
                                .filter("Name eq 'OData O''Brien Labs'")
                                .build(),
                        5);
        assertThat(quoted.entities())
                .extracting(e -> e.get("Name"))
                .containsExactly("OData O'Brien Labs");

        ODataFeed.Read dated =
                feed.readAll(
                        feed.uri("LeaseAmendments")
                                .addCustomQueryOption("asOfPosition", Long.toString(position))
                                .filter(
                                        "LeaseId eq '"
                                                + lease
                                                + "' and EffectiveDate gt 2023-12-31")
                                .build(),
                        5);
        assertThat(dated.entities()).extracting(e -> e.get("Area")).containsExactly("2800.00");

        ODataFeed.Read windowed =
                feed.readAll(
                        feed.uri("Tenants")
                                .addCustomQueryOption("asOfPosition", Long.toString(position))
                                .orderBy("Id")
                                .skip(1)
                                .top(3)
                                .build(),
                        2);
        JsonNode restTenants = auditor().get(rest("/api/tenants?size=1000")).json().get("items");
        List<String> ids = new ArrayList<>();
        restTenants.forEach(t -> ids.add(t.get("id").asString()));
        assertThat(windowed.entities())
                .extracting(e -> e.get("Id"))
                .containsExactlyElementsOf(ids.subList(1, Math.min(4, ids.size())));
    }

    @Test
    void selectCountNavigationAndOneEntityByKey() {
        LedgerHttp.Response selected =
                auditor()
                        .get(
                                "/odata/Tenants?$select=Id,Name&$count=true&$top=2"
                                        + "&asOfPosition="
                                        + position);
        assertThat(selected.status()).as(selected.toString()).isEqualTo(200);
        JsonNode body = selected.json();
        assertThat(body.get("@odata.context").asString()).endsWith("$metadata#Tenants(Id,Name)");
        assertThat(body.get("@campus.position").asLong()).isEqualTo(position);
        assertThat(selected.position()).isEqualTo(position);
        assertThat(body.get("@odata.count").asInt())
                .isEqualTo(auditor().get(rest("/api/tenants")).json().get("total").asInt());
        body.get("value").forEach(t -> assertThat(t.propertyNames()).containsOnly("Id", "Name"));

        LedgerHttp.Response leases =
                auditor()
                        .get(
                                "/odata/Tenants('"
                                        + robotics
                                        + "')/Leases?date="
                                        + DATE
                                        + "&asOfPosition="
                                        + position);
        assertThat(leases.status()).as(leases.toString()).isEqualTo(200);
        assertThat(leases.json().get("value").findValuesAsString("TenantId"))
                .hasSize(2)
                .containsOnly(robotics);
        LedgerHttp.Response sources =
                auditor()
                        .get(
                                "/odata/FundingProgrammes('"
                                        + programme
                                        + "')/Sources"
                                        + "?asOfPosition="
                                        + position);
        assertThat(sources.json().get("value").findValuesAsString("Code"))
                .containsExactly("ERDF", "HERMES", "CAPITAL", "BANK");

        LedgerHttp.Response one =
                auditor()
                        .get(
                                "/odata/Leases('"
                                        + lease
                                        + "')?date="
                                        + DATE
                                        + "&asOfPosition="
                                        + position);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("MonthlyRent").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(one.json().get("@campus.position").asLong()).isEqualTo(position);
        LedgerHttp.Response event = auditor().get("/odata/Events(" + position + ")");
        assertThat(event.json().get("Type").asString())
                .isEqualTo("SteeringCommitteeMeetingRecorded");

        LedgerHttp.Response recent =
                auditor()
                        .get(
                                "/odata/Events?$filter="
                                        + encode(
                                                "Position gt "
                                                        + (position - 3)
                                                        + " and Position le "
                                                        + position)
                                        + "&$select=Position");
        assertThat(recent.json().get("value").findValues("Position"))
                .extracting(JsonNode::asLong)
                .containsExactly(position - 2, position - 1, position);

        LedgerHttp.Response full =
                auditor()
                        .get(
                                "/odata/Units?$top=1&asOfPosition=" + position,
                                "Accept",
                                "application/json;odata.metadata=full");
        assertThat(full.status()).as(full.toString()).isEqualTo(200);
        assertThat(full.json().get("value").get(0).has("@odata.id")).isTrue();
        LedgerHttp.Response none =
                auditor()
                        .get(
                                "/odata/Units?$top=1&asOfPosition=" + position,
                                "Accept",
                                "application/json;odata.metadata=none");
        assertThat(none.json().has("@odata.context")).isFalse();
        assertThat(none.json().get("@campus.position").asLong()).isEqualTo(position);

        LedgerHttp.Response count = auditor().get("/odata/Events/$count?asOfPosition=" + position);
        assertThat(count.text()).isEqualTo(Long.toString(position));
        LedgerHttp.Response filteredCount =
                auditor()
                        .get(
                                "/odata/Units/$count?$filter="
                                        + encode("Type eq 'WORKSHOP' and Available eq false")
                                        + "&asOfPosition="
                                        + position
                                        + "&date="
                                        + DATE);
        assertThat(Long.parseLong(filteredCount.text())).isPositive();
    }

    @Test
    void aReportingUserReadsTheLiveViewsAtTheirPosition() {
        LedgerHttp.Response page =
                reporter()
                        .get(
                                "/odata/Tenants?minPosition="
                                        + position
                                        + "&$filter="
                                        + encode("Id eq '" + robotics + "'"));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.position()).isGreaterThanOrEqualTo(position);
        assertThat(page.json().get("@campus.position").asLong()).isEqualTo(page.position());
        assertThat(page.json().get("value").get(0).get("Name").asString())
                .isEqualTo("OData Robotics NV");
        assertThat(page.header("Content-Type"))
                .contains("application/json")
                .contains("odata.metadata=minimal");
    }

    @Test
    void aPowerQueryStyleRequestGetsTheServiceTheSchemaAndJsonPages() {
        String accept =
                "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;"
                        + "q=0.9,application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,"
                        + "text/plain;q=0.7";

        LedgerHttp.Response service =
                reporter()
                        .get(
                                "/odata/",
                                "Accept",
                                accept,
                                "OData-MaxVersion",
                                "4.0",
                                "MaxDataServiceVersion",
                                "3.0");
        LedgerHttp.Response schema =
                reporter()
                        .get(
                                "/odata/$metadata",
                                "Accept",
                                "application/xml",
                                "OData-MaxVersion",
                                "4.0");
        LedgerHttp.Response page =
                reporter()
                        .get(
                                "/odata/Units?$top=3",
                                "Accept",
                                accept,
                                "OData-MaxVersion",
                                "4.0",
                                "MaxDataServiceVersion",
                                "3.0");

        assertThat(service.status()).as(service.toString()).isEqualTo(200);
        assertThat(service.json().get("value").findValuesAsString("name")).containsAll(SETS);
        assertThat(schema.status()).as(schema.toString()).isEqualTo(200);
        assertThat(schema.text())
                .contains("<EntitySet Name=\"Tenants\"")
                .containsPattern(
                        "<Property Name=\"MonthlyRent\" Type=\"Edm.Decimal\"[^>]*Scale=\"2\"");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.header("OData-Version")).isEqualTo("4.0");
        assertThat(page.json().get("value")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void badQueriesAreAnsweredWithODataErrorsNamingTheProblem() {
        assertBad(
                auditor().get("/odata/Tenants?$filter=" + encode("Colour eq 'red'")),
                400,
                "Colour");
        assertBad(auditor().get("/odata/Tenants?$filter=" + encode("Name eq")), 400, "");
        assertBad(auditor().get("/odata/Tenants?$orderby=Shoe"), 400, "Shoe");
        assertBad(auditor().get("/odata/Tenants?$select=Shoe"), 400, "Shoe");
        assertBad(auditor().get("/odata/Tenants", "Prefer", "odata.maxpagesize=5000"), 400, "1000");
        assertBad(auditor().get("/odata/Shoes"), 404, "Shoes");
        assertBad(auditor().get("/odata/Tenants?asOfPosition=999999999"), 400, "asOfPosition");
        assertBad(auditor().get("/odata/Tenants?date=30-06-2024"), 400, "date");
        assertBad(auditor().get("/odata/Tenants?$skiptoken=garbage"), 400, "skiptoken");
        assertBad(
                auditor().get("/odata/SteeringCommitteeMeetings?$orderby=Participants"),
                400,
                "collection");
        assertBad(auditor().get("/odata/Tenants?$expand=Leases"), 400, "expand");
        assertBad(auditor().get("/odata/Tenants?$filter=" + encode("Name gt 5")), 400, "");
        assertBad(auditor().get("/odata/Leases?$orderby=MonthlyRent&$skip=20000"), 400, "$skip");
        assertBad(auditor().get("/odata/Tenants('no-such-tenant')"), 404, "no-such-tenant");
    }

    private static void assertBad(LedgerHttp.Response response, int status, String named) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        JsonNode error = response.json().get("error");
        assertThat(error).as(response.toString()).isNotNull();
        assertThat(error.get("message").asString()).contains(named);
        assertThat(response.text())
                .doesNotContain("Exception")
                .doesNotContain("at be.thorpark")
                .doesNotContain("at org.");
    }

    @Test
    void theRolesApplyAsOnTheRestViews() {
        assertThat(reporter().get("/odata/Tenants").status()).isEqualTo(200);
        assertThat(reporter().get("/odata/$metadata").status()).isEqualTo(200);
        assertThat(reporter().get("/odata/").status()).isEqualTo(200);
        assertThat(reporter().get("/odata/Events").status()).isEqualTo(403);
        assertThat(reporter().get("/odata/Events(1)").status()).isEqualTo(403);
        assertThat(reporter().get("/odata/Events/$count").status()).isEqualTo(403);
        assertThat(reporter().get("/odata/Tenants?asOfPosition=1").status()).isEqualTo(403);
        assertThat(auditor().get("/odata/Events?$top=1").status()).isEqualTo(200);
        assertThat(ops().get("/odata/Tenants").status()).isEqualTo(403);
        assertThat(admin().get("/odata/Tenants").status()).isEqualTo(403);
        LedgerHttp.Response anonymous = anonymous().get("/odata/Tenants");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reporter().post("/odata/Tenants", body("Name", "x")).status()).isEqualTo(403);
    }

    /**
     * Every entity of the feed is a REST item with the same key and the same value in every
     * compared property.
     */
    static void assertSameEntities(
            ODataFeed.Read read,
            JsonNode restItems,
            String key,
            String restKey,
            Map<String, Function<JsonNode, JsonNode>> properties) {
        Map<String, Map<String, String>> feed = ODataFeed.byKey(read.entities(), key);
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        restItems.forEach(item -> rest.put(item.get(restKey).asString(), item));
        assertThat(feed.keySet())
                .as("the keys of the feed and of the REST view")
                .isEqualTo(rest.keySet());
        for (Map.Entry<String, Map<String, String>> entity : feed.entrySet()) {
            JsonNode item = rest.get(entity.getKey());
            for (Map.Entry<String, Function<JsonNode, JsonNode>> property : properties.entrySet()) {
                assertThat(
                                same(
                                        entity.getValue().get(property.getKey()),
                                        property.getValue().apply(item)))
                        .as(
                                "%s.%s = %s, REST %s",
                                entity.getKey(),
                                property.getKey(),
                                entity.getValue().get(property.getKey()),
                                property.getValue().apply(item))
                        .isTrue();
            }
        }
    }

    private static boolean same(String feed, JsonNode rest) {
        if (rest == null || rest.isNull()) {
            return feed == null;
        }
        if (feed == null) {
            return false;
        }
        String text = rest.isValueNode() ? rest.asString() : rest.toString();
        if (rest.isNumber() || text.matches("-?\\d+(\\.\\d+)?")) {
            return feed.matches("-?\\d+(\\.\\d+)?")
                    && new BigDecimal(feed).compareTo(new BigDecimal(text)) == 0;
        }
        if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            return Instant.parse(feed).equals(Instant.parse(text));
        }
        return feed.equals(text);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
