package be.thorpark.ledger.query.view;

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

/** The views' errors as RFC 9457 problem details. */
@RestControllerAdvice
class ViewProblems {

    static final String RETRY_AFTER_SECONDS = "1";

    @ExceptionHandler(ViewBehindException.class)
    ResponseEntity<ProblemDetail> behind(ViewBehindException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("urn:campus-ledger:problem:view-behind"));
        problem.setTitle("View not caught up yet");
        problem.setProperty("requestedPosition", e.requested());
        problem.setProperty("reachedPosition", e.reached());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .header(ViewResponses.EVENT_POSITION, Long.toString(e.reached()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ViewNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ViewNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:campus-ledger:problem:not-found"));
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(BadViewRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadViewRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:campus-ledger:problem:invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(ViewConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ViewConflictException e, jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:campus-ledger:problem:" + e.code().toLowerCase().replace('_', '-')));
        problem.setTitle("Not possible in the current state");
        problem.setProperty("code", e.code());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
