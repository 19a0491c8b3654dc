package be.thorpark.ledger.command.http;

import be.thorpark.ledger.command.rules.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The answers of refused commands, as RFC 9457 problem details with a stable {@code code}. Nothing was appended for
 * any of them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblems {

    static final String TYPE_BASE = "https://campus-ledger.thorpark.be/problems/";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        ResponseEntity<ProblemDetail> answer = problem(status, e.code(), "A business rule refused the command",
                e.getMessage(), request);
        e.properties().forEach(answer.getBody()::setProperty);
        return answer;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "ENTITY_NOT_FOUND", "Not found",
                "Nothing with id " + e.getAggregateIdentifier() + " is registered.", request);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", "The entity changed",
                "If-Match named version " + (e.getExpectedVersion() + 1) + " but the entity is at version "
                        + (e.getActualVersion() + 1) + ". Read it again and retry.", request);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", "The precondition does not hold",
                e.getMessage(), request);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "A concurrent change won",
                "Another command changed the same entity at the same moment. Read it again and retry.", request);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key reused",
                "This Idempotency-Key was used for a different request; use a new key for a new request.", request);
    }

    @ExceptionHandler(IdempotencyKeyInProgressException.class)
    ResponseEntity<ProblemDetail> keyInProgress(IdempotencyKeyInProgressException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                "Request in progress", "The first request with this Idempotency-Key is still being processed.",
                request);
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1").body(answer.getBody());
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ResponseEntity<ProblemDetail> badHeader(InvalidHeaderException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, null, "Invalid request header",
                "The " + e.header() + " header " + e.getMessage() + ".", request);
        answer.getBody().setProperty("errors", List.of(Map.of("field", e.header(), "message", e.getMessage())));
        return answer;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(InvalidRequestException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, null, "Invalid request",
                "The request has invalid fields.", request);
        answer.getBody().setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return answer;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                 HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create(TYPE_BASE + (code == null ? "invalid-request" : code.toLowerCase().replace('_', '-'))));
        body.setInstance(URI.create(request.getRequestURI()));
        if (code != null) {
            body.setProperty("code", code);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
