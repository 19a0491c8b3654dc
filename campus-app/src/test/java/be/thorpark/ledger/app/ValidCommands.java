package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A valid request for each command endpoint of the fuzzed ledger, on entities made for it: a unit,
 * a tenant, a lease, a programme with a report, an expenditure line and a disbursement, an API
 * token and a signed digest. Valid means well formed in every field; whether the ledger's rules
 * accept it depends on what was sent before (a second payment of the same disbursement is a broken
 * rule, not bad input). Endpoints listed in {@link #NOT_JSON} take no JSON body.
 */
final class ValidCommands {

    private static final String P = "/api/funding-programmes/{id}";

    /**
     * Command endpoints whose valid request is not a JSON body; their bad input is still fuzzed.
     */
    static final Map<String, String> NOT_JSON =
            Map.of(
                    "POST /api/evidence",
                            "a multipart file upload (ErdfClaimScenarioTest uploads valid ones)",
                    "DELETE /api/admin/tokens/{id}",
                            "no body: the revocation of a token (ApiTokenActorTest)",
                    "POST /api/integrity/runs",
                            "no body: starts a verification run, appends nothing (AuditRunsTest)",
                    "POST /api/exports/runs",
                            "no body: starts an export run, appends nothing (AuditRunsTest)");

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, Supplier<Map<String, Object>>> bodies = new LinkedHashMap<>();
    private final AtomicLong next = new AtomicLong();

    /** Makes the entities the valid requests act on. */
    ValidCommands(LedgerHttp ops, LedgerHttp admin, LedgerHttp auditor) {
        String unit =
                id(ops.post("/api/units", Campus.unit("FZ-1", "PRODUCTION_HALL", "100000.00")));
        String tenant = id(ops.post("/api/tenants", Campus.tenant("Fuzz Fixture NV", "START_UP")));
        String lease =
                id(
                        ops.post(
                                "/api/leases",
                                Campus.lease(
                                        tenant,
                                        unit,
                                        "100.00",
                                        "2023-01-01",
                                        "2030-12-31",
                                        "1000.00")));
        String programme = id(ops.post("/api/funding-programmes", Campus.programme()));
        String base = "/api/funding-programmes/" + programme;
        String report =
                id(
                        ops.post(
                                base + "/reports",
                                body(
                                        "periodFrom",
                                        "2023-01-01",
                                        "periodTo",
                                        "2023-06-30",
                                        "kind",
                                        "FINANCIAL",
                                        "summary",
                                        "Costs of the first half of 2023",
                                        "draft",
                                        true)));
        LedgerHttp.Response evidence =
                ops.upload(
                        "/api/evidence",
                        "invoice-fuzz.pdf",
                        "application/pdf",
                        ("%PDF-1.7\n1 0 obj << /Title (Invoice fuzz "
                                        + UUID.randomUUID()
                                        + ") >> endobj\n%%EOF\n")
                                .getBytes(StandardCharsets.US_ASCII));
        assertThat(evidence.status()).as(evidence.toString()).isIn(200, 201);
        String evidenceHash = evidence.json().get("sha256").asString();
        String line = id(ops.post(base + "/reports/" + report + "/lines", line(evidenceHash)));
        String disbursement =
                id(ops.post(base + "/disbursements", body("source", "HERMES", "amount", "1.00")));
        LedgerHttp.Response token =
                admin.post(
                        "/api/admin/tokens",
                        body("label", "fuzz-fixture", "roles", List.of("REPORTING")));
        assertThat(token.status()).as(token.toString()).isIn(200, 201);
        LedgerHttp.Response digest = auditor.get("/api/integrity/digest");
        assertThat(digest.status()).as(digest.toString()).isEqualTo(200);
        Map<String, Object> signed = LedgerHttp.JSON.convertValue(digest.json(), Map.class);

        ids.put("{tenantId}", tenant);
        ids.put("{leaseId}", lease);
        ids.put("{id}", programme);
        ids.put("{reportId}", report);
        ids.put("{lineId}", line);
        ids.put("{disbursementId}", disbursement);
        ids.put("{code}", "ERDF");

        bodies.put("POST /api/admin/rebuilds", () -> body("views", List.of("tenants")));
        bodies.put(
                "POST /api/admin/tenants/{tenantId}/contact/erasure",
                () -> body("reason", "asked by the person"));
        bodies.put(
                "POST /api/admin/tokens",
                () ->
                        body(
                                "label",
                                "fuzz-" + next.incrementAndGet(),
                                "roles",
                                List.of("REPORTING")));
        bodies.put("POST /api/integrity/digest", () -> new LinkedHashMap<>(signed));
        bodies.put(
                "POST /api/units",
                () -> Campus.unit("FZ-" + next.incrementAndGet(), "LAB", "250.50"));
        bodies.put(
                "POST /api/tenants",
                () -> Campus.tenant("Fuzz " + next.incrementAndGet() + " NV", "SCALE_UP"));
        bodies.put("POST /api/tenants/{tenantId}/arrival", () -> body("date", "2023-01-15"));
        bodies.put(
                "POST /api/tenants/{tenantId}/departure",
                () -> body("date", "2025-12-31", "reason", "moved to a larger site"));
        bodies.put(
                "POST /api/tenants/{tenantId}/jobs",
                () ->
                        body(
                                "change",
                                "CREATED",
                                "count",
                                3,
                                "category",
                                "production",
                                "effectiveDate",
                                "2023-02-01"));
        bodies.put(
                "POST /api/leases",
                () -> Campus.lease(tenant, unit, "10.00", "2024-01-01", "2026-12-31", "100.00"));
        bodies.put(
                "POST /api/leases/{leaseId}/amendments",
                () ->
                        body(
                                "effectiveDate",
                                "2024-02-01",
                                "areaM2",
                                "120.00",
                                "monthlyRent",
                                "1200.00"));
        bodies.put(
                "POST /api/leases/{leaseId}/termination",
                () -> body("effectiveDate", "2029-12-31"));
        bodies.put("POST /api/funding-programmes", Campus::programme);
        bodies.put(
                "POST " + P + "/reports",
                () ->
                        body(
                                "periodFrom",
                                "2023-07-01",
                                "periodTo",
                                "2023-12-31",
                                "kind",
                                "FINANCIAL",
                                "summary",
                                "Costs of the second half of 2023"));
        bodies.put("POST " + P + "/reports/{reportId}/lines", () -> line(evidenceHash));
        bodies.put(
                "POST " + P + "/reports/{reportId}/lines/{lineId}/acceptance",
                () -> body("acceptedEligible", "1.00", "remarks", "checked"));
        bodies.put(
                "POST " + P + "/reports/{reportId}/lines/{lineId}/refusal",
                () -> body("refusal", "Outside the approved scope"));
        bodies.put(
                "POST " + P + "/reports/{reportId}/lines/{lineId}/withdrawal",
                () -> body("reason", "declared again with its proof"));
        bodies.put(
                "POST " + P + "/reports/{reportId}/submission",
                () -> body("summary", "all lines declared"));
        bodies.put(
                "POST " + P + "/reports/{reportId}/approval",
                () -> body("remarks", "Checked by VLAIO"));
        bodies.put(
                "POST " + P + "/reports/{reportId}/rejection",
                () -> body("remarks", "Proof of payment missing"));
        bodies.put(
                "POST " + P + "/reports/{reportId}/resubmission",
                () -> body("summary", "with the missing proofs"));
        bodies.put(
                "POST " + P + "/disbursements", () -> body("source", "HERMES", "amount", "1.00"));
        bodies.put(
                "POST " + P + "/disbursements/{disbursementId}/payment",
                () -> body("paidOn", "2023-09-15"));
        bodies.put("POST " + P + "/sources/{code}/co-financing-rate", () -> body("rate", "40.00"));
        bodies.put(
                "POST " + P + "/steering-committee-meetings",
                () ->
                        body(
                                "date",
                                "2023-03-20",
                                "participants",
                                List.of("VLAIO", "NV Mo-Thor"),
                                "decisions",
                                List.of("First report by July")));
    }

    private Map<String, Object> line(String evidenceHash) {
        return body(
                "supplier",
                body("name", "Bouwbedrijf Limburg NV", "vatNumber", "BE0403170701"),
                "invoiceNumber",
                "FZ-" + next.incrementAndGet(),
                "invoiceDate",
                "2023-02-02",
                "paymentDate",
                "2023-03-01",
                "description",
                "Steel structure",
                "category",
                "CONSTRUCTION_WORKS",
                "amountExclVat",
                "10.00",
                "declaredEligible",
                "10.00",
                "evidence",
                List.of(evidenceHash));
    }

    /** A fresh valid body for the endpoint, or empty when the catalogue has none. */
    Optional<Map<String, Object>> bodyOf(String endpoint) {
        Supplier<Map<String, Object>> body = bodies.get(endpoint);
        return body == null ? Optional.empty() : Optional.of(new LinkedHashMap<>(body.get()));
    }

    /**
     * Every endpoint with a valid request, as {@code METHOD /pattern}, in the catalogue's order.
     */
    List<String> endpoints() {
        return List.copyOf(bodies.keySet());
    }

    boolean covers(String endpoint) {
        return bodies.containsKey(endpoint);
    }

    /** The pattern with every path variable replaced by the id of its entity. */
    String path(String pattern) {
        String path = pattern;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        assertThat(path).as("every path variable of %s has an entity", pattern).doesNotContain("{");
        return path;
    }

    private static String id(LedgerHttp.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.json().get("id").asString();
    }
}
