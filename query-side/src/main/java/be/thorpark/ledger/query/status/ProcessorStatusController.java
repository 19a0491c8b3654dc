package be.thorpark.ledger.query.status;

import be.thorpark.ledger.web.http.LedgerHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: how far behind the stored history each view is, and which instance holds
 * which segment.
 */
@RestController
class ProcessorStatusController {

    private final ProcessorStatusReader reader;

    ProcessorStatusController(ProcessorStatusReader reader) {
        this.reader = reader;
    }

    /**
     * The answer's {@code Event-Position} is the store's head, the position every lag is measured
     * against.
     */
    @GetMapping(value = "/api/admin/processors", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProcessorStatus> processors() {
        ProcessorStatus status = reader.read();
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(status.head().position()))
                .body(status);
    }
}
