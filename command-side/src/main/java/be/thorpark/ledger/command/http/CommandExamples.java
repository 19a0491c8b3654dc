package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.api.ApiExamples;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Example bodies of every command for the API reference, with the Smart Manufacturing Campus's own
 * figures.
 */
@Component
class CommandExamples implements ApiExamples {

    private static final String PROGRAMME = "/api/funding-programmes/{id}";

    @Override
    public Map<String, Object> requestBodies() {
        return Map.ofEntries(
                Map.entry(
                        "POST /api/units",
                        Map.of(
                                "code",
                                "H1.01",
                                "building",
                                "SMC",
                                "type",
                                "PRODUCTION_HALL",
                                "areaM2",
                                "1200.00",
                                "availableFrom",
                                "2022-12-15",
                                "reason",
                                "provisional delivery of the building")),
                Map.entry(
                        "POST /api/tenants",
                        Map.of(
                                "name",
                                "Limburg Robotics NV",
                                "enterpriseNumber",
                                "0712345630",
                                "profile",
                                "START_UP",
                                "sector",
                                "process automation",
                                "contact",
                                Map.of("name", "An Peeters", "email", "an.peeters@example.be"))),
                Map.entry("POST /api/tenants/{tenantId}/arrival", Map.of("date", "2023-01-15")),
                Map.entry(
                        "POST /api/tenants/{tenantId}/departure",
                        Map.of("date", "2025-12-31", "reason", "moved to a larger site")),
                Map.entry(
                        "POST /api/tenants/{tenantId}/jobs",
                        Map.of(
                                "change",
                                "CREATED",
                                "count",
                                12,
                                "category",
                                "production",
                                "effectiveDate",
                                "2023-02-01")),
                Map.entry(
                        "POST /api/leases",
                        Map.of(
                                "tenantId",
                                "tenant-0712345630",
                                "unitId",
                                "unit-smc-h1.01",
                                "areaM2",
                                "800.00",
                                "startDate",
                                "2023-02-01",
                                "endDate",
                                "2027-01-31",
                                "monthlyRent",
                                "9600.00")),
                Map.entry(
                        "POST /api/leases/{leaseId}/amendments",
                        Map.of(
                                "effectiveDate",
                                "2024-02-01",
                                "areaM2",
                                "1000.00",
                                "monthlyRent",
                                "12000.00")),
                Map.entry(
                        "POST /api/leases/{leaseId}/termination",
                        Map.of("effectiveDate", "2025-12-31")),
                Map.entry(
                        "POST /api/funding-programmes",
                        Map.of(
                                "name",
                                "Smart Manufacturing Campus building",
                                "sources",
                                List.of(
                                        Map.of(
                                                "code",
                                                "ERDF",
                                                "name",
                                                "EFRO Vlaanderen 2014-2020",
                                                "committed",
                                                "5200000.00"),
                                        Map.of(
                                                "code",
                                                "HERMES",
                                                "name",
                                                "Hermes fund",
                                                "committed",
                                                "1000000.00"),
                                        Map.of(
                                                "code",
                                                "CAPITAL",
                                                "name",
                                                "Capital increase NV Mo-Thor",
                                                "committed",
                                                "3800000.00"),
                                        Map.of(
                                                "code",
                                                "BANK",
                                                "name",
                                                "External bank financing",
                                                "committed",
                                                "6000000.00")))),
                Map.entry(
                        "POST " + PROGRAMME + "/reports",
                        Map.of(
                                "periodFrom",
                                "2023-01-01",
                                "periodTo",
                                "2023-06-30",
                                "kind",
                                "FINANCIAL",
                                "summary",
                                "Costs of the building works, first half of 2023")),
                Map.entry(
                        "POST " + PROGRAMME + "/reports/{reportId}/approval",
                        Map.of("remarks", "Checked by VLAIO, European Programmes division")),
                Map.entry(
                        "POST " + PROGRAMME + "/reports/{reportId}/rejection",
                        Map.of("remarks", "Proof of payment missing for two invoices")),
                Map.entry(
                        "POST " + PROGRAMME + "/reports/{reportId}/resubmission",
                        Map.of(
                                "summary",
                                "Costs of the building works, first half of 2023, with the missing"
                                        + " proofs")),
                Map.entry(
                        "POST " + PROGRAMME + "/disbursements",
                        Map.of(
                                "source",
                                "ERDF",
                                "amount",
                                "1300000.00",
                                "reportId",
                                "<the approved report's id>")),
                Map.entry(
                        "POST " + PROGRAMME + "/disbursements/{disbursementId}/payment",
                        Map.of("paidOn", "2023-09-15")),
                Map.entry(
                        "POST " + PROGRAMME + "/steering-committee-meetings",
                        Map.of(
                                "date",
                                "2023-03-20",
                                "participants",
                                List.of("VLAIO", "NV Mo-Thor"),
                                "decisions",
                                List.of("First progress report due by 2023-07-31"))));
    }
}
