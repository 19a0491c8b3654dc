package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static be.thorpark.ledger.app.ODataFeedTest.assertSameEntities;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.edm.EdmProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The ERDF views in the OData feed: the claims per source, the expenditure lines with their review
 * and the indicators, each entity against the REST view at the same position and business date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ODataErdfFeedTest extends LedgerAppTest {

    static final String DATE = "2023-12-31";
    static final byte[] INVOICE =
            "%PDF-1.4\n% OData invoice ODE-2022-001\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TENDER =
            "%PDF-1.4\n% OData tender file ODE-2022\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    String programme;
    String report;
    String invoiceHash;
    String cut;
    String refused;
    long position;

    @BeforeAll
    void anApprovedReportWithItsClaimPaid() {
        LedgerHttp ops = ops();
        Map<String, Object> programmeBody = Campus.programme();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources =
                (List<Map<String, Object>>) programmeBody.get("sources");
        sources.get(0).put("coFinancingRate", "40.00");
        programme = id(ops.post("/api/funding-programmes", programmeBody));
        String base = "/api/funding-programmes/" + programme;
        String hall =
                id(ops.post("/api/units", Campus.unit("ODE-HALL", "PRODUCTION_HALL", "2000.00")));
        String tenant =
                id(ops.post("/api/tenants", Campus.tenant("OData ERDF Foundry BV", "START_UP")));
        id(
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                tenant, hall, "1500.00", "2023-02-01", "2030-01-31", "12000.00")));
        id(
                ops.post(
                        "/api/tenants/" + tenant + "/jobs",
                        body(
                                "change",
                                "CREATED",
                                "count",
                                12,
                                "category",
                                "production",
                                "effectiveDate",
                                "2023-03-01",
                                "fte",
                                "10.50")));
        invoiceHash =
                ops.upload("/api/evidence", "invoice.pdf", "application/pdf", INVOICE)
                        .json()
                        .get("sha256")
                        .asString();
        String tenderHash =
                ops.upload("/api/evidence", "tender.pdf", "application/pdf", TENDER)
                        .json()
                        .get("sha256")
                        .asString();

        report =
                id(
                        ops.post(
                                base + "/reports",
                                body(
                                        "periodFrom",
                                        "2022-01-01",
                                        "periodTo",
                                        "2022-12-31",
                                        "kind",
                                        "FINANCIAL",
                                        "summary",
                                        "Construction costs 2022",
                                        "draft",
                                        true)));
        String path = base + "/reports/" + report;
        String shell =
                id(
                        ops.post(
                                path + "/lines",
                                line(
                                        "ODE-2022-001",
                                        "3000000.00",
                                        "3000000.00",
                                        List.of(invoiceHash, tenderHash))));
        cut =
                id(
                        ops.post(
                                path + "/lines",
                                line(
                                        "ODE-2022-002",
                                        "1000000.50",
                                        "1000000.50",
                                        List.of(invoiceHash))));
        refused =
                id(
                        ops.post(
                                path + "/lines",
                                line(
                                        "ODE-2022-003",
                                        "20000.00",
                                        "20000.00",
                                        List.of(invoiceHash))));
        id(ops.post(path + "/submission", body()));
        id(
                ops.post(
                        path + "/lines/" + shell + "/acceptance",
                        body("acceptedEligible", "3000000.00")));
        id(
                ops.post(
                        path + "/lines/" + cut + "/acceptance",
                        body(
                                "acceptedEligible",
                                "900000.25",
                                "remarks",
                                "Site huts are not eligible")));
        id(
                ops.post(
                        path + "/lines/" + refused + "/refusal",
                        body("refusal", "Hospitality is not eligible")));
        id(
                ops.post(
                        path + "/approval",
                        body("remarks", "Approved with one line cut", "decidedOn", "2023-03-15")));
        // 40 % of 3,900,000.25 = 1,560,000.10; 1,000,000.00 claimed and paid leaves 560,000.10
        // claimable.
        String claim =
                id(
                        ops.post(
                                base + "/disbursements",
                                body(
                                        "source",
                                        "ERDF",
                                        "amount",
                                        "1000000.00",
                                        "reportId",
                                        report,
                                        "requestedOn",
                                        "2023-03-20")));
        LedgerHttp.Response paid =
                ops.post(
                        base + "/disbursements/" + claim + "/payment",
                        body("paidOn", "2023-04-14"));
        id(paid);
        position = paid.position();
    }

    private static Map<String, Object> line(
            String invoice, String amount, String eligible, List<String> evidence) {
        return body(
                "supplier",
                body("name", "OData Bouw NV", "vatNumber", "BE0403170701"),
                "invoiceNumber",
                invoice,
                "invoiceDate",
                "2022-05-02",
                "paymentDate",
                "2022-06-01",
                "description",
                "Works on the halls",
                "category",
                "CONSTRUCTION_WORKS",
                "amountExclVat",
                amount,
                "declaredEligible",
                eligible,
                "evidence",
                evidence);
    }

    private static String id(LedgerHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asString();
    }

    private ODataFeed auditorFeed() {
        return new ODataFeed(port, "auditor", "aud-secret");
    }

    private URI atPosition(String set, String filter) {
        var uri =
                auditorFeed()
                        .uri(set)
                        .addCustomQueryOption("asOfPosition", Long.toString(position))
                        .addCustomQueryOption("date", DATE);
        return (filter == null ? uri : uri.filter(filter)).build();
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
    void theErdfSetsAreTypedAndKeyedByTheRestIds() {
        Edm edm = auditorFeed().metadata();

        EdmEntityType claim = edm.getEntityContainer().getEntitySet("Claims").getEntityType();
        assertThat(claim.getKeyPredicateNames()).containsExactly("Id");
        assertThat(type(claim, "Claimable")).isEqualTo("Edm.Decimal");
        assertThat(((EdmProperty) claim.getProperty("Claimable")).getScale()).isEqualTo(2);
        assertThat(((EdmProperty) claim.getProperty("CoFinancingRate")).getScale()).isEqualTo(2);
        assertThat(type(claim, "RequestPositions")).isEqualTo("Edm.Int64");
        assertThat(((EdmProperty) claim.getProperty("RequestPositions")).isCollection()).isTrue();
        EdmEntityType line =
                edm.getEntityContainer().getEntitySet("ExpenditureLines").getEntityType();
        assertThat(line.getKeyPredicateNames()).containsExactly("Id");
        assertThat(type(line, "InvoiceDate")).isEqualTo("Edm.Date");
        assertThat(type(line, "AcceptedEligible")).isEqualTo("Edm.Decimal");
        assertThat(((EdmProperty) line.getProperty("AcceptedEligible")).getScale()).isEqualTo(2);
        EdmEntityType indicator =
                edm.getEntityContainer().getEntitySet("Indicators").getEntityType();
        assertThat(indicator.getKeyPredicateNames()).containsExactly("Indicator");
        assertThat(type(indicator, "Date")).isEqualTo("Edm.Date");
        assertThat(type(indicator, "Value")).isEqualTo("Edm.Decimal");
    }

    private static String type(EdmEntityType type, String property) {
        return type.getProperty(property)
                .getType()
                .getFullQualifiedName()
                .getFullQualifiedNameAsString();
    }

    @Test
    void claimsPerSourceMatchTheRestClaimsView() {
        ODataFeed.Read read =
                auditorFeed()
                        .readAll(atPosition("Claims", "ProgrammeId eq '" + programme + "'"), 2);
        JsonNode rest =
                auditor().get(rest("/api/funding-programmes/" + programme + "/claims")).json();
        List<JsonNode> keyed = new ArrayList<>();
        rest.get("sources")
                .forEach(
                        s ->
                                keyed.add(
                                        LedgerHttp.JSON.valueToTree(
                                                Map.of(
                                                        "key",
                                                        programme + "/" + s.get("code").asString(),
                                                        "line",
                                                        s))));

        assertThat(read.pages()).isGreaterThan(1);
        assertThat(read.positions()).containsOnly(Long.toString(position));
        assertSameEntities(
                read,
                LedgerHttp.JSON.valueToTree(keyed),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("Code", n -> n.get("line").get("code")),
                        Map.entry("Name", n -> n.get("line").get("name")),
                        Map.entry("Committed", n -> n.get("line").get("committed")),
                        Map.entry("CoFinancingRate", n -> n.get("line").get("coFinancingRate")),
                        Map.entry("ApprovedEligible", n -> n.get("line").get("approvedEligible")),
                        Map.entry("Share", n -> n.get("line").get("share")),
                        Map.entry("Requested", n -> n.get("line").get("requested")),
                        Map.entry("Paid", n -> n.get("line").get("paid")),
                        Map.entry("Claimable", n -> n.get("line").get("claimable")),
                        Map.entry("CommitmentLeft", n -> n.get("line").get("commitmentLeft")),
                        Map.entry(
                                "ApprovalPositions",
                                n -> joined(n.get("line").get("lineage").get("approvals"))),
                        Map.entry(
                                "RequestPositions",
                                n -> joined(n.get("line").get("lineage").get("requests"))),
                        Map.entry(
                                "PaymentPositions",
                                n -> joined(n.get("line").get("lineage").get("payments")))));
        Map<String, String> erdf = ODataFeed.byKey(read.entities(), "Id").get(programme + "/ERDF");
        assertThat(erdf.get("CoFinancingRate")).isEqualTo("40.00");
        assertThat(erdf.get("ApprovedEligible")).isEqualTo("3900000.25");
        assertThat(erdf.get("Share")).isEqualTo("1560000.10");
        assertThat(erdf.get("Requested")).isEqualTo("1000000.00");
        assertThat(erdf.get("Paid")).isEqualTo("1000000.00");
        assertThat(erdf.get("Claimable")).isEqualTo("560000.10");
        assertThat(erdf.get("PaymentPositions")).isEqualTo(Long.toString(position));
    }

    @Test
    void theClaimsAsTheyStoodBeforeThePaymentAreReadByTimeTravel() {
        long before = position - 1;
        JsonNode rest =
                auditor()
                        .get(
                                "/api/funding-programmes/"
                                        + programme
                                        + "/claims?asOfPosition="
                                        + before)
                        .json();
        ODataFeed.Read read =
                auditorFeed()
                        .readAll(
                                auditorFeed()
                                        .uri("Claims")
                                        .addCustomQueryOption("asOfPosition", Long.toString(before))
                                        .filter(
                                                "Code eq 'ERDF' and ProgrammeId eq '"
                                                        + programme
                                                        + "'")
                                        .build(),
                                5);

        JsonNode erdf =
                rest.get("sources")
                        .valueStream()
                        .filter(s -> s.get("code").asString().equals("ERDF"))
                        .findFirst()
                        .orElseThrow();
        assertThat(erdf.get("paid").asString()).isEqualTo("0.00");
        assertThat(erdf.get("requested").asString()).isEqualTo("1000000.00");
        assertThat(read.positions()).containsOnly(Long.toString(before));
        assertThat(read.entities())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.get("Paid")).isEqualTo("0.00");
                            assertThat(e.get("Requested")).isEqualTo("1000000.00");
                            assertThat(e.get("Claimable")).isEqualTo("560000.10");
                            assertThat(e.get("PaymentPositions")).isEmpty();
                        });
    }

    @Test
    void theClaimsAndTheIndicatorsExportAsCsvWithTheSameFigures() {
        String claims =
                auditor()
                        .get(
                                rest("/api/funding-programmes/" + programme + "/claims"),
                                "Accept",
                                "text/csv")
                        .text();
        String indicators = auditor().get(rest("/api/indicators"), "Accept", "text/csv").text();

        assertThat(claims)
                .startsWith(
                        "code,committed,coFinancingRate,approvedEligible,share,requested,paid,"
                                + "claimable\r\n")
                .contains(
                        "\r\nERDF,5200000.00,40.00,3900000.25,1560000.10,1000000.00,1000000.00,"
                                + "560000.10\r\n");
        assertThat(indicators)
                .startsWith("indicator,label,unit,value,lineage\r\n")
                .contains("\r\nCO39,");
    }

    @Test
    void expenditureLinesWithTheirReviewMatchTheRestLines() {
        ODataFeed.Read read =
                auditorFeed()
                        .readAll(
                                atPosition(
                                        "ExpenditureLines", "ProgrammeId eq '" + programme + "'"),
                                2);
        JsonNode rest =
                auditor()
                        .get(
                                rest(
                                        "/api/funding-programmes/"
                                                + programme
                                                + "/reports/"
                                                + report
                                                + "/lines?size=1000"))
                        .json();
        List<JsonNode> keyed = new ArrayList<>();
        rest.get("items")
                .forEach(
                        l ->
                                keyed.add(
                                        LedgerHttp.JSON.valueToTree(
                                                Map.of(
                                                        "key",
                                                        programme
                                                                + "/"
                                                                + l.get("lineId").asString(),
                                                        "line",
                                                        l))));

        assertThat(read.entities()).hasSize(3);
        assertSameEntities(
                read,
                LedgerHttp.JSON.valueToTree(keyed),
                "Id",
                "key",
                Map.ofEntries(
                        Map.entry("LineId", n -> n.get("line").get("lineId")),
                        Map.entry("ReportId", n -> n.get("line").get("reportId")),
                        Map.entry("SupplierName", n -> n.get("line").get("supplierName")),
                        Map.entry("SupplierVat", n -> n.get("line").get("supplierVat")),
                        Map.entry("InvoiceNumber", n -> n.get("line").get("invoiceNumber")),
                        Map.entry("InvoiceDate", n -> n.get("line").get("invoiceDate")),
                        Map.entry("PaymentDate", n -> n.get("line").get("paymentDate")),
                        Map.entry("Category", n -> n.get("line").get("category")),
                        Map.entry("AmountExclVat", n -> n.get("line").get("amountExclVat")),
                        Map.entry("DeclaredEligible", n -> n.get("line").get("declaredEligible")),
                        Map.entry("Status", n -> n.get("line").get("status")),
                        Map.entry("AcceptedEligible", n -> n.get("line").get("acceptedEligible")),
                        Map.entry("ReviewRemarks", n -> n.get("line").get("reviewRemarks")),
                        Map.entry("DeclaredPosition", n -> n.get("line").get("declaredPosition")),
                        Map.entry("ReviewPosition", n -> n.get("line").get("reviewPosition"))));
        Map<String, Map<String, String>> byId = ODataFeed.byKey(read.entities(), "Id");
        assertThat(byId.get(programme + "/" + cut).get("AcceptedEligible")).isEqualTo("900000.25");
        assertThat(byId.get(programme + "/" + refused).get("Status")).isEqualTo("REFUSED");
        assertThat(byId.get(programme + "/" + refused).get("ReviewRemarks"))
                .isEqualTo("Hospitality is not eligible");
        assertThat(byId.get(programme + "/" + cut).get("Evidence")).isEqualTo(invoiceHash);
    }

    @Test
    void indicatorsOnTheBusinessDateMatchTheRestIndicators() {
        ODataFeed.Read read = auditorFeed().readAll(atPosition("Indicators", null), 3);
        JsonNode rest = auditor().get(rest("/api/indicators")).json();

        assertThat(read.pages()).isGreaterThan(1);
        assertThat(read.entities())
                .extracting(e -> e.get("Indicator"))
                .containsExactly("CO01", "CO04", "CO05", "JOBS", "CO08", "CO39", "LEASED");
        assertThat(read.entities()).extracting(e -> e.get("Date")).containsOnly(DATE);
        assertSameEntities(
                read,
                rest.get("figures"),
                "Indicator",
                "indicator",
                Map.ofEntries(
                        Map.entry("Label", n -> n.get("label")),
                        Map.entry("Unit", n -> n.get("unit")),
                        Map.entry("Value", n -> n.get("value")),
                        Map.entry("TargetFirstPhase", n -> n.get("targets").get("firstPhase")),
                        Map.entry("Lineage", n -> joined(n.get("lineage")))));
        ODataFeed.Read byProfile =
                auditorFeed().readAll(atPosition("HostedEnterprisesByProfile", null), 2);
        List<JsonNode> profiles = new ArrayList<>();
        rest.get("enterprisesByProfile")
                .properties()
                .forEach(
                        e ->
                                profiles.add(
                                        LedgerHttp.JSON.valueToTree(
                                                Map.of(
                                                        "profile",
                                                        e.getKey(),
                                                        "enterprises",
                                                        e.getValue()))));
        assertThat(profiles).isNotEmpty();
        assertSameEntities(
                byProfile,
                LedgerHttp.JSON.valueToTree(profiles),
                "Profile",
                "profile",
                Map.of(
                        "Enterprises",
                        n -> n.get("enterprises"),
                        "Date",
                        n -> LedgerHttp.JSON.getNodeFactory().textNode(DATE)));
        assertThat(byProfile.entities()).extracting(e -> e.get("Profile")).contains("START_UP");
        JsonNode earlier =
                auditor()
                        .get("/api/indicators?asOfPosition=" + position + "&date=2023-01-31")
                        .json();
        ODataFeed.Read before =
                auditorFeed()
                        .readAll(
                                auditorFeed()
                                        .uri("Indicators")
                                        .addCustomQueryOption(
                                                "asOfPosition", Long.toString(position))
                                        .addCustomQueryOption("date", "2023-01-31")
                                        .build(),
                                10);
        assertSameEntities(
                before,
                earlier.get("figures"),
                "Indicator",
                "indicator",
                Map.ofEntries(
                        Map.entry("Value", n -> n.get("value")),
                        Map.entry("Lineage", n -> joined(n.get("lineage")))));
    }

    @Test
    void reportingToolsReadTheLiveErdfSetsAndOnlyAuditorsTheirPast() {
        assertThat(reporter().get("/odata/Claims").status()).isEqualTo(200);
        assertThat(reporter().get("/odata/ExpenditureLines").status()).isEqualTo(200);
        assertThat(reporter().get("/odata/Indicators?date=2024-06-30").status()).isEqualTo(200);
        assertThat(reporter().get("/odata/Claims?asOfPosition=" + position).status())
                .isEqualTo(403);
        assertThat(auditor().get("/odata/Indicators?asOfPosition=" + position).status())
                .isEqualTo(200);
        assertThat(ops().get("/odata/ExpenditureLines").status()).isEqualTo(403);
        assertThat(reporter().get("/odata/Indicators('CO39')?date=2024-06-30").status())
                .isEqualTo(200);
    }

    private static JsonNode joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return LedgerHttp.JSON.getNodeFactory().textNode(String.join("|", values));
    }
}
