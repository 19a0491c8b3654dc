package be.thorpark.ledger.command.demo;

import be.thorpark.ledger.eventstore.LongRun;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo load runs at start-up while the ledger already answers, so the dashboard can say how far it is instead of
 * showing a half-loaded campus as if it were the whole.
 */
@RestController
class DemoLoadController {

    private final DemoCampusLoader loader;

    DemoLoadController(DemoCampusLoader loader) {
        this.loader = loader;
    }

    @GetMapping(value = "/api/demo-load", produces = MediaType.APPLICATION_JSON_VALUE)
    LongRun.View demoLoad() {
        return loader.run().map(LongRun::view).orElseThrow(() -> new ProblemException(ProblemCode.UNKNOWN_RUN,
                "This ledger was not started with CAMPUS_DEMO=true, so no demo campus was loaded"));
    }
}
