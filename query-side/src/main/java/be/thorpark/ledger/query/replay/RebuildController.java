package be.thorpark.ledger.query.replay;

import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Administrators rebuild views from the history without downtime and follow the progress. */
@RestController
class RebuildController {

    record RebuildRequest(@Size(max = 20) List<@NotBlank String> views) {
    }

    record Views(List<String> views, List<RebuildProgress> rebuilds) {
    }

    private final ViewRebuilds rebuilds;

    RebuildController(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/api/admin/rebuilds")
    ResponseEntity<RebuildProgress> start(@Valid @RequestBody(required = false) RebuildRequest request) {
        RebuildProgress progress = rebuilds.start(request == null ? List.of() : request.views());
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/" + progress.id())).body(progress);
    }

    @GetMapping("/api/admin/rebuilds")
    Views all() {
        return new Views(rebuilds.viewNames(), rebuilds.all());
    }

    @GetMapping("/api/admin/rebuilds/{id}")
    ResponseEntity<?> one(@PathVariable String id, HttpServletRequest request) {
        return rebuilds.find(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "UNKNOWN_REBUILD",
                        "No rebuild has this id; GET /api/admin/rebuilds lists them", request));
    }

    @ExceptionHandler(UnknownViewException.class)
    ResponseEntity<ProblemDetail> unknownView(UnknownViewException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "UNKNOWN_VIEW", e.getMessage(), request);
    }

    @ExceptionHandler(RebuildRunningException.class)
    ResponseEntity<ProblemDetail> running(RebuildRunningException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "REBUILD_RUNNING", e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
                                                         HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(status, code, null, detail, List.of(), request.getRequestURI()));
    }
}
