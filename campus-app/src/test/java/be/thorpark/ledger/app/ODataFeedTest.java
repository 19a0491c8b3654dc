package be.thorpark.ledger.app;

import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.edm.EdmProperty;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

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

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OData feed read with Olingo's OData client, as Excel and Power BI read it: the schema, every entity set page by
 * page through {@code @odata.nextLink}, filters and sorts, and every entity against the REST view at the same
 * position and business date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ODataFeedTest extends LedgerAppTest {

    static final String DATE = "2024-06-30";
    static final List<String> SETS = List.of("Tenants", "Units", "OccupancyByType", "Leases", "LeaseAmendments",
            "RentRoll", "JobsPerTenant", "FundingProgrammes", "FundingSources", "Reports", "Disbursements",
            "SteeringCommitteeMeetings", "Events");

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
        id(ops.post("/api/units", body("code", "OD-LATER", "building", "SMC OD", "type", "WORKSHOP",
                "areaM2", "900.00", "availableFrom", "2025-01-01")));
        robotics = id(ops.post("/api/tenants", Campus.tenant("OData Robotics NV", "SCALE_UP")));
        sensors = id(ops.post("/api/tenants", Campus.tenant("OData Sensors BV", "START_UP")));
        id(ops.post("/api/tenants", Campus.tenant("OData O'Brien Labs", "ESTABLISHED")));
        id(ops.post("/api/tenants/" + robotics + "/arrival", body("date", "2023-01-09")));
        id(ops.post("/api/tenants/" + sensors + "/arrival", body("date", "2023-02-01")));
        lease = id(ops.post("/api/leases", Campus.lease(robotics, hall, "3000.00", "2023-01-09", "2032-12-31",
                "24000.00")));
        id(ops.post("/api/leases/" + lease + "/amendments", body("effectiveDate", "2023-06-01",
                "monthlyRent", "25000.00", "reason", "indexation")));
        id(ops.post("/api/leases/" + lease + "/amendments", body("effectiveDate", "2024-01-01",
                "areaM2", "2800.00", "reason", "part of the hall returned")));
        String sensorsLease = id(ops.post("/api/leases", Campus.lease(sensors, lab, "750.50", "2023-02-01",
                "2027-01-31", "9006.00")));
        id(ops.post("/api/leases/" + sensorsLease + "/termination", body("effectiveDate", "2024-03-31")));
        id(ops.post("/api/tenants/" + sensors + "/departure", body("date", "2024-03-31")));
        id(ops.post("/api/leases", Campus.lease(robotics, office, "400.00", "2024-07-01", "2026-06-30",
                "4800.00")));
        id(ops.post("/api/tenants/" + robotics + "/jobs", body("change", "CREATED", "count", 120,
                "category", "production", "effectiveDate", "2023-03-01")));
        id(ops.post("/api/tenants/" + sensors + "/jobs", body("change", "CREATED", "count", 35,
                "category", "engineering", "effectiveDate", "2023-04-01")));
        id(ops.post("/api/tenants/" + robotics + "/jobs", body("change", "ENDED", "count", 5,
                "category", "production", "effectiveDate", "2023-09-30")));
        String report = id(ops.post("/api/funding-programmes/" + programme + "/reports", body(
                "periodFrom", "2021-01-01", "periodTo", "2022-12-31", "kind", "FINANCIAL",
                "summary", "Construction costs 2021-2022")));
        id(ops.post("/api/funding-programmes/" + programme + "/reports/" + report + "/rejection",
                body("remarks", "Invoices for the façade are missing")));
        id(ops.post("/api/funding-programmes/" + programme + "/reports/" + report + "/resubmission",
                body("summary", "Construction costs 2021-2022, façade invoices added")));
        id(ops.post("/api/funding-programmes/" + programme + "/reports/" + report + "/approval",
                body("remarks", "Checked by VLAIO")));
        id(ops.post("/api/funding-programmes/" + programme + "/reports", body(
                "periodFrom", "2023-01-01", "periodTo", "2023-06-30", "kind", "CONTENT",
                "summary", "First tenants on campus")));
        String disbursement = id(ops.post("/api/funding-programmes/" + programme + "/disbursements",
                body("source", "ERDF", "amount", "2600000.00", "reportId", report)));
        id(ops.post("/api/funding-programmes/" + programme + "/disbursements/" + disbursement + "/payment",
                body("paidOn", "2023-05-15")));
        id(ops.post("/api/funding-programmes/" + programme + "/disbursements",
                body("source", "HERMES", "amount", "250000.00")));
        LedgerHttp.Response meeting = ops.post("/api/funding-programmes/" + programme
                + "/steering-committee-meetings", body("date", "2023-03-10", "participants",
                List.of("VLAIO", "NV Mo-Thor"), "decisions", List.of("Planning approved", "Next meeting in June")));
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
        return auditorFeed().uri(set).addCustomQueryOption("asOfPosition", Long.toString(position))
                .addCustomQueryOption("date", DATE).build();
    }

    private String rest(String path) {
        return path + (path.contains("?") ? "&" : "?") + "asOfPosition=" + position + "&date=" + DATE;
    }

    @Test
    void theSchemaDescribesEveryViewWithTypedProperties() {
        Edm edm = auditorFeed().metadata();

        assertThat(edm.getEntityContainer().getEntitySets()).extracting(EdmEntitySet::getName)
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
        EdmEntityType programmeType = edm.getEntityContainer().getEntitySet("FundingProgrammes").getEntityType();
        assertThat(programmeType.getNavigationProperty("Sources").getType().getName()).isEqualTo("FundingSource");
        EdmEntityType event = edm.getEntityContainer().getEntitySet("Events").getEntityType();
        assertThat(event.getKeyPredicateNames()).containsExactly("Position");
        assertThat(type(event, "Position")).isEqualTo("Edm.Int64");
        assertThat(type(event, "RecordedAt")).isEqualTo("Edm.DateTimeOffset");
        assertThat(event.getPropertyNames()).contains("Type", "EntityId", "Actor", "Reason", "Payload");
        assertThat(type(event, "Payload")).isEqualTo("Edm.String");
    }

    private static String type(EdmEntityType type, String property) {
        return type.getProperty(property).getType().getFullQualifiedName().getFullQualifiedNameAsString();
    }

    @Test
    void tenantsPageByPageMatchTheRestDirectory() {
        ODataFeed.Read read = auditorFeed().readAll(atPosition("Tenants"), 2);
        JsonNode rest = auditor().get(rest("/api/tenants?size=1000")).json().get("items");

        assertThat(read.pages()).isGreaterThan(1);
        assertThat(read.positions()).containsOnly(Long.toString(position));
        assertSameEntities(read, rest, "Id", "id", Map.ofEntries(
                Map.entry("Name", n -> n.get("name")),
                Map.entry("EnterpriseNumber", n -> n.get("enterpriseNumber")),
                Map.entry("Profile", n -> n.get("profile")),
                Map.entry("Sector", n -> n.get("sector")),
                Map.entry("Status", n -> n.get("status")),
                Map.entry("ArrivalDate", n -> n.get("arrivalDate")),
                Map.entry("DepartureDate", n -> n.get("departureDate")),
                Map.entry("CurrentLeases", n -> LedgerHttp.JSON.getNodeFactory().numberNode(
                        n.get("currentLeases").size())),
                Map.entry("LeasedArea", n -> n.get("leasedArea")),
                Map.entry("JobsCreated", n -> n.get("jobs").get("created")),
                Map.entry("JobsEnded", n -> n.get("jobs").get("ended")),
                Map.entry("JobsNet", n -> n.get("jobs").get("net")),
                Map.entry("Position", n -> n.get("position"))));
        Map<String, String> roboticsEntity = ODataFeed.byKey(read.entities(), "Id").get(robotics);
        assertThat(roboticsEntity.get("LeasedArea")).isEqualTo("2800.00");
        assertThat(roboticsEntity.get("JobsNet")).isEqualTo("115");
        assertThat(ODataFeed.byKey(read.entities(), "Id").get(sensors).get("Status")).isEqualTo("DEPARTED");
    }

    /** Every entity of the feed is a REST item with the same key and the same value in every compared property. */
    static void assertSameEntities(ODataFeed.Read read, JsonNode restItems, String key, String restKey,
                                   Map<String, Function<JsonNode, JsonNode>> properties) {
        Map<String, Map<String, String>> feed = ODataFeed.byKey(read.entities(), key);
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        restItems.forEach(item -> rest.put(item.get(restKey).asString(), item));
        assertThat(feed.keySet()).as("the keys of the feed and of the REST view").isEqualTo(rest.keySet());
        for (Map.Entry<String, Map<String, String>> entity : feed.entrySet()) {
            JsonNode item = rest.get(entity.getKey());
            for (Map.Entry<String, Function<JsonNode, JsonNode>> property : properties.entrySet()) {
                assertThat(same(entity.getValue().get(property.getKey()), property.getValue().apply(item)))
                        .as("%s.%s = %s, REST %s", entity.getKey(), property.getKey(),
                                entity.getValue().get(property.getKey()), property.getValue().apply(item))
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
            return feed.matches("-?\\d+(\\.\\d+)?") && new BigDecimal(feed).compareTo(new BigDecimal(text)) == 0;
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
