package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.LongRun;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.net.URI;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verifications and exports that report their progress where they are started: the start answers
 * 202 with the run to follow; the run says how many events are done of how many, the rate, the
 * state and, once done, the result.
 */
@RestController
class AuditRunsController {

    private static final String VERIFICATIONS = "/api/integrity/runs";
    private static final String EXPORTS = "/api/exports/runs";

    private final AuditRuns runs;

    AuditRunsController(AuditRuns runs) {
        this.runs = runs;
    }

    @PostMapping(value = VERIFICATIONS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LongRun.View> startVerification() {
        LongRun run = runs.verify();
        return ResponseEntity.accepted()
                .location(URI.create(VERIFICATIONS + "/" + run.id()))
                .body(run.view());
    }

    @GetMapping(value = VERIFICATIONS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LongRun.View> verification(@PathVariable String id) {
        return answer(runs.verification(id), id);
    }

    @PostMapping(value = EXPORTS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LongRun.View> startExport() {
        LongRun run = runs.export();
        return ResponseEntity.accepted()
                .location(URI.create(EXPORTS + "/" + run.id()))
                .body(run.view());
    }

    @GetMapping(value = EXPORTS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LongRun.View> export(@PathVariable String id) {
        return answer(runs.exportRun(id), id);
    }

    @GetMapping(value = EXPORTS + "/{id}/bundle", produces = "application/zip")
    ResponseEntity<Resource> bundle(@PathVariable String id) {
        LongRun run = runs.exportRun(id).orElseThrow(() -> unknown(id));
        if (run.state() != LongRun.State.DONE) {
            throw new ProblemException(
                    ProblemCode.RUN_NOT_FINISHED,
                    "Export "
                            + id
                            + " is "
                            + run.state()
                            + "; its bundle can be downloaded once it is DONE");
        }
        FileSystemResource file =
                new FileSystemResource(runs.bundle(id).orElseThrow(() -> unknown(id)));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"campus-ledger-" + id + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(file);
    }

    private static ResponseEntity<LongRun.View> answer(Optional<LongRun> found, String id) {
        LongRun run = found.orElseThrow(() -> unknown(id));
        LongRun.View view = run.view();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (view.result() instanceof VerificationResult result) {
            ok.header(LedgerHeaders.EVENT_POSITION, Long.toString(result.headPosition()));
        }
        return ok.body(view);
    }

    private static ProblemException unknown(String id) {
        return new ProblemException(
                ProblemCode.UNKNOWN_RUN,
                "No run has the id "
                        + id
                        + " in this ledger process; "
                        + "only the latest runs are kept");
    }
}
