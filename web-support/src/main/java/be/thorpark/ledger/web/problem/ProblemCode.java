package be.thorpark.ledger.web.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Every reason the ledger refuses a request, with the status it is answered with and a title a
 * client can show. The name is the stable {@code code} of the problem body and gives its {@code
 * type}: {@code urn:campus-ledger:problem:unit-already-leased}. docs/errors.md says when each
 * happens and what to do; a test keeps the two in step. One line per code, sorted by name.
 */
public enum ProblemCode {
    ACCEPTED_ABOVE_DECLARED(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "An accepted amount cannot exceed the declared eligible amount"),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "Forbidden"),
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED, "Unauthorized"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large"),
    CLAIM_BEFORE_DECISION(
            HttpStatus.UNPROCESSABLE_ENTITY, "The claim is dated before the report was approved"),
    CLAIM_EXCEEDS_APPROVED_COSTS(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "The claim exceeds the rate of the approved eligible costs"),
    COMMITMENT_EXCEEDED(
            HttpStatus.UNPROCESSABLE_ENTITY, "The source's commitment does not cover this amount"),
    COMMITMENT_ZERO(
            HttpStatus.UNPROCESSABLE_ENTITY, "A funding source needs a commitment above zero"),
    CONCURRENT_MODIFICATION(HttpStatus.CONFLICT, "A concurrent change won"),
    DATE_OUTSIDE_LEASE(HttpStatus.UNPROCESSABLE_ENTITY, "The date lies outside the lease"),
    DEPARTURE_BEFORE_ARRIVAL(
            HttpStatus.UNPROCESSABLE_ENTITY, "A tenant cannot depart before it arrived"),
    DISBURSEMENT_ALREADY_PAID(HttpStatus.CONFLICT, "The disbursement was paid already"),
    DISBURSEMENT_ALREADY_REQUESTED(HttpStatus.CONFLICT, "The disbursement was requested already"),
    DISBURSEMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "No such disbursement in this programme"),
    DISBURSEMENT_ZERO(HttpStatus.UNPROCESSABLE_ENTITY, "A disbursement needs an amount above zero"),
    DUPLICATE_SOURCE(HttpStatus.UNPROCESSABLE_ENTITY, "A funding source is named twice"),
    ELIGIBLE_ABOVE_INVOICE(
            HttpStatus.UNPROCESSABLE_ENTITY, "The eligible amount exceeds the invoice amount"),
    ENTITY_NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    ERDF_REPORT_NOT_APPROVED(
            HttpStatus.UNPROCESSABLE_ENTITY, "ERDF money needs an approved report"),
    ERDF_REPORT_PERIOD_NOT_COVERED(
            HttpStatus.UNPROCESSABLE_ENTITY, "The report does not cover the disbursement"),
    ERDF_REPORT_REQUIRED(HttpStatus.UNPROCESSABLE_ENTITY, "An ERDF disbursement names its report"),
    EVIDENCE_NOT_FOUND(HttpStatus.UNPROCESSABLE_ENTITY, "The evidence document was never uploaded"),
    EVIDENCE_REQUIRED(HttpStatus.UNPROCESSABLE_ENTITY, "An expenditure line needs its evidence"),
    HISTORY_BROKEN(HttpStatus.CONFLICT, "The stored history is broken"),
    IDEMPOTENCY_KEY_IN_PROGRESS(HttpStatus.CONFLICT, "Request in progress"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused"),
    INVALID_INPUT(HttpStatus.BAD_REQUEST, "Bad Request"),
    INVOICE_ALREADY_DECLARED(HttpStatus.CONFLICT, "The invoice is declared already"),
    JOBS_AFTER_DEPARTURE(
            HttpStatus.UNPROCESSABLE_ENTITY, "A departed tenant creates no jobs on the campus"),
    JOBS_BELOW_ZERO(HttpStatus.UNPROCESSABLE_ENTITY, "More jobs would end than the tenant has"),
    LEASE_AREA_ZERO(HttpStatus.UNPROCESSABLE_ENTITY, "A lease needs an area above zero"),
    LEASE_ENDS_BEFORE_START(HttpStatus.UNPROCESSABLE_ENTITY, "A lease cannot end before it starts"),
    LEASE_TERMINATED(HttpStatus.CONFLICT, "The lease was terminated"),
    LINES_ONLY_ON_FINANCIAL_REPORTS(
            HttpStatus.UNPROCESSABLE_ENTITY, "Expenditure is declared on a financial report"),
    LINE_ALREADY_DECLARED(HttpStatus.CONFLICT, "The line was declared already"),
    LINE_NOT_FOUND(HttpStatus.NOT_FOUND, "No such line on this report"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not Acceptable"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not Found"),
    NO_PERSONAL_DATA(HttpStatus.UNPROCESSABLE_ENTITY, "The tenant has no contact person on record"),
    PERSONAL_DATA_ALREADY_ERASED(HttpStatus.CONFLICT, "The contact person was erased already"),
    PROGRAMME_WITHOUT_SOURCES(
            HttpStatus.UNPROCESSABLE_ENTITY, "A programme needs at least one source"),
    RATE_CHANGE_AFTER_CLAIMS(HttpStatus.CONFLICT, "The rate cannot change once claims were made"),
    REBUILD_RUNNING(HttpStatus.CONFLICT, "A rebuild is running"),
    REPORT_ALREADY_REVIEWED(HttpStatus.CONFLICT, "The report was reviewed already"),
    REPORT_ALREADY_SUBMITTED(HttpStatus.CONFLICT, "The report was submitted already"),
    REPORT_LINES_FROZEN(HttpStatus.CONFLICT, "The report's lines are frozen"),
    REPORT_LINES_NOT_REVIEWED(
            HttpStatus.CONFLICT, "Every line needs its review before the decision"),
    REPORT_NOT_APPROVED(HttpStatus.CONFLICT, "The report is not approved"),
    REPORT_NOT_A_DRAFT(HttpStatus.CONFLICT, "Only a draft can be submitted"),
    REPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "No such report in this programme"),
    REPORT_NOT_REJECTED(HttpStatus.CONFLICT, "Only a rejected report can be resubmitted"),
    REPORT_NOT_UNDER_REVIEW(HttpStatus.CONFLICT, "The report is not under review"),
    REQUEST_FAILED(HttpStatus.BAD_REQUEST, "The request cannot be answered"),
    REQUEST_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, "Request Timeout"),
    RUN_NOT_FINISHED(HttpStatus.CONFLICT, "The run has not finished"),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error"),
    STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The store is not reachable"),
    TENANT_ALREADY_ARRIVED(HttpStatus.CONFLICT, "The tenant arrived already"),
    TENANT_ALREADY_DEPARTED(HttpStatus.CONFLICT, "The tenant departed already"),
    TENANT_ALREADY_REGISTERED(
            HttpStatus.CONFLICT, "A tenant with this enterprise number is registered"),
    TENANT_DEPARTED(HttpStatus.UNPROCESSABLE_ENTITY, "A departed tenant gets no new lease"),
    TENANT_NOT_ON_CAMPUS(HttpStatus.UNPROCESSABLE_ENTITY, "The tenant never arrived on the campus"),
    TENANT_NOT_REGISTERED(
            HttpStatus.UNPROCESSABLE_ENTITY, "The lease names a tenant that is not registered"),
    TOKEN_NOT_FOUND(HttpStatus.NOT_FOUND, "No such API token"),
    UNIT_ALREADY_LEASED(HttpStatus.CONFLICT, "The unit has not enough free area"),
    UNIT_ALREADY_REGISTERED(HttpStatus.CONFLICT, "The unit is registered already"),
    UNIT_AREA_ZERO(HttpStatus.UNPROCESSABLE_ENTITY, "A unit needs an area above zero"),
    UNIT_NOT_REGISTERED(
            HttpStatus.UNPROCESSABLE_ENTITY, "The lease names a unit that is not registered"),
    UNIT_NOT_YET_AVAILABLE(
            HttpStatus.UNPROCESSABLE_ENTITY, "The unit is not available yet on that date"),
    UNKNOWN_REBUILD(HttpStatus.NOT_FOUND, "No such rebuild"),
    UNKNOWN_RUN(HttpStatus.NOT_FOUND, "No such run"),
    UNKNOWN_SOURCE(HttpStatus.UNPROCESSABLE_ENTITY, "The programme has no such source"),
    UNKNOWN_VIEW(HttpStatus.BAD_REQUEST, "No such view"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type"),
    VERSION_MISMATCH(HttpStatus.PRECONDITION_FAILED, "The entity changed"),
    VIEW_BEHIND(HttpStatus.SERVICE_UNAVAILABLE, "View not caught up yet");

    /** The one scheme of every problem {@code type}. */
    public static final String TYPE_PREFIX = "urn:campus-ledger:problem:";

    private final HttpStatus status;
    private final String title;

    ProblemCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** {@code UNIT_ALREADY_LEASED} as {@code unit-already-leased}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + slug());
    }

    /**
     * The code of a failure that has no more specific one: the framework's 405, 406, 415 and the
     * like.
     */
    public static ProblemCode forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_INPUT;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> ACCESS_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status.is5xxServerError() ? SERVER_ERROR : REQUEST_FAILED;
        };
    }
}
