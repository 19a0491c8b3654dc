package be.thorpark.ledger.command.demo;

import be.thorpark.ledger.eventstore.LongRun;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo load runs at start-up while the ledger already answers, so the dashboard can say how far
 * it is instead of showing a half-loaded campus as if it were the whole. A ledger started without
 * the demo answers 204: there is nothing to follow, and the page need not tell an error from "no
 * demo".
 */
@RestController
class DemoLoadController {

    private final DemoCampusLoader loader;

    DemoLoadController(DemoCampusLoader loader) {
        this.loader = loader;
    }

    @GetMapping(value = "/api/demo-load", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LongRun.View> demoLoad() {
        return loader.run()
                .map(run -> ResponseEntity.ok(run.view()))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
