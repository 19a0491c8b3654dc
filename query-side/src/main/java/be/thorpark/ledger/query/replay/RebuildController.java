package be.thorpark.ledger.query.replay;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators rebuild views from the history without downtime and follow the progress. */
@RestController
class RebuildController {

    record RebuildRequest(@Size(max = 20) List<@NotBlank String> views) {}

    record Views(List<String> views, List<RebuildProgress> rebuilds) {}

    private final ViewRebuilds rebuilds;

    RebuildController(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/api/admin/rebuilds")
    ResponseEntity<RebuildProgress> start(
            @Valid @RequestBody(required = false) RebuildRequest request) {
        RebuildProgress progress = rebuilds.start(request == null ? List.of() : request.views());
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/rebuilds/" + progress.id()))
                .body(progress);
    }

    @GetMapping("/api/admin/rebuilds")
    Views all() {
        return new Views(rebuilds.viewNames(), rebuilds.all());
    }

    @GetMapping("/api/admin/rebuilds/{id}")
    ResponseEntity<RebuildProgress> one(@PathVariable String id) {
        return rebuilds.find(id)
                .map(ResponseEntity::ok)
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        ProblemCode.UNKNOWN_REBUILD,
                                        "No rebuild has this id; GET /api/admin/rebuilds lists"
                                                + " them."));
    }
}
