package be.thorpark.ledger.command.http;

import static be.thorpark.ledger.web.problem.ProblemCode.*;

import be.thorpark.ledger.web.api.ApiExamples;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The business refusals each command endpoint can answer, as its aggregate and policies decide
 * them, for the API reference. The refusals every command shares (a lost race, a reused or pending
 * Idempotency-Key) are added to each.
 */
@Component
class CommandRefusals implements ApiExamples {

    private static final String PROGRAMME = "POST /api/funding-programmes/{id}";
    private static final String REPORT = PROGRAMME + "/reports/{reportId}";
    private static final List<ProblemCode> EVERY_COMMAND =
            List.of(CONCURRENT_MODIFICATION, IDEMPOTENCY_KEY_IN_PROGRESS, IDEMPOTENCY_KEY_REUSED);

    @Override
    public Map<String, Object> requestBodies() {
        return Map.of();
    }

    @Override
    public Map<String, List<ProblemCode>> refusals() {
        Map<String, List<ProblemCode>> own =
                Map.ofEntries(
                        Map.entry(
                                "POST /api/units",
                                List.of(UNIT_ALREADY_REGISTERED, UNIT_AREA_ZERO)),
                        Map.entry("POST /api/tenants", List.of(TENANT_ALREADY_REGISTERED)),
                        Map.entry(
                                "POST /api/tenants/{tenantId}/arrival",
                                List.of(TENANT_ALREADY_ARRIVED)),
                        Map.entry(
                                "POST /api/tenants/{tenantId}/departure",
                                List.of(
                                        TENANT_ALREADY_DEPARTED,
                                        TENANT_NOT_ON_CAMPUS,
                                        DEPARTURE_BEFORE_ARRIVAL)),
                        Map.entry(
                                "POST /api/tenants/{tenantId}/jobs",
                                List.of(JOBS_BELOW_ZERO, JOBS_AFTER_DEPARTURE)),
                        Map.entry(
                                "POST /api/admin/tenants/{tenantId}/contact/erasure",
                                List.of(PERSONAL_DATA_ALREADY_ERASED, NO_PERSONAL_DATA)),
                        Map.entry(
                                "POST /api/leases",
                                List.of(
                                        UNIT_ALREADY_LEASED,
                                        TENANT_NOT_REGISTERED,
                                        UNIT_NOT_REGISTERED,
                                        TENANT_DEPARTED,
                                        LEASE_ENDS_BEFORE_START,
                                        LEASE_AREA_ZERO,
                                        UNIT_NOT_YET_AVAILABLE)),
                        Map.entry(
                                "POST /api/leases/{leaseId}/amendments",
                                List.of(
                                        UNIT_ALREADY_LEASED,
                                        LEASE_TERMINATED,
                                        DATE_OUTSIDE_LEASE,
                                        LEASE_ENDS_BEFORE_START,
                                        LEASE_AREA_ZERO)),
                        Map.entry(
                                "POST /api/leases/{leaseId}/termination",
                                List.of(LEASE_TERMINATED, DATE_OUTSIDE_LEASE)),
                        Map.entry(
                                "POST /api/funding-programmes",
                                List.of(
                                        PROGRAMME_WITHOUT_SOURCES,
                                        DUPLICATE_SOURCE,
                                        COMMITMENT_ZERO)),
                        Map.entry(PROGRAMME + "/reports", List.of(REPORT_ALREADY_SUBMITTED)),
                        Map.entry(REPORT + "/submission", List.of(REPORT_NOT_A_DRAFT)),
                        Map.entry(REPORT + "/resubmission", List.of(REPORT_NOT_REJECTED)),
                        Map.entry(
                                REPORT + "/approval",
                                List.of(REPORT_ALREADY_REVIEWED, REPORT_LINES_NOT_REVIEWED)),
                        Map.entry(REPORT + "/rejection", List.of(REPORT_ALREADY_REVIEWED)),
                        Map.entry(
                                REPORT + "/lines",
                                List.of(
                                        LINE_ALREADY_DECLARED,
                                        INVOICE_ALREADY_DECLARED,
                                        REPORT_LINES_FROZEN,
                                        LINES_ONLY_ON_FINANCIAL_REPORTS,
                                        ELIGIBLE_ABOVE_INVOICE,
                                        EVIDENCE_REQUIRED,
                                        EVIDENCE_NOT_FOUND)),
                        Map.entry(
                                REPORT + "/lines/{lineId}/withdrawal",
                                List.of(REPORT_LINES_FROZEN)),
                        Map.entry(
                                REPORT + "/lines/{lineId}/acceptance",
                                List.of(REPORT_NOT_UNDER_REVIEW, ACCEPTED_ABOVE_DECLARED)),
                        Map.entry(
                                REPORT + "/lines/{lineId}/refusal",
                                List.of(REPORT_NOT_UNDER_REVIEW)),
                        Map.entry(
                                PROGRAMME + "/sources/{code}/co-financing-rate",
                                List.of(RATE_CHANGE_AFTER_CLAIMS, UNKNOWN_SOURCE)),
                        Map.entry(
                                PROGRAMME + "/disbursements",
                                List.of(
                                        DISBURSEMENT_ALREADY_REQUESTED,
                                        UNKNOWN_SOURCE,
                                        DISBURSEMENT_ZERO,
                                        COMMITMENT_EXCEEDED,
                                        ERDF_REPORT_REQUIRED,
                                        ERDF_REPORT_NOT_APPROVED,
                                        ERDF_REPORT_PERIOD_NOT_COVERED,
                                        CLAIM_BEFORE_DECISION,
                                        CLAIM_EXCEEDS_APPROVED_COSTS)),
                        Map.entry(
                                PROGRAMME + "/disbursements/{disbursementId}/payment",
                                List.of(DISBURSEMENT_ALREADY_PAID)),
                        Map.entry(PROGRAMME + "/steering-committee-meetings", List.of()));
        return own.entrySet().stream()
                .collect(
                        java.util.stream.Collectors.toMap(
                                Map.Entry::getKey,
                                e ->
                                        java.util.stream.Stream.concat(
                                                        e.getValue().stream(),
                                                        EVERY_COMMAND.stream())
                                                .toList()));
    }
}
