package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.query.view.BadViewRequestException;
import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The global history for auditors: pages, a stream to the end, and one entity's events. */
@RestController
@RequestMapping("/api")
class EventHistoryController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final EventHistory history;

    EventHistoryController(EventHistory history) {
        this.history = history;
    }

    @GetMapping(value = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HistoryPage> events(
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String correlationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant recordedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant recordedTo) {
        if (after < 0 || limit < 1 || limit > 1000) {
            throw new BadViewRequestException(
                    after < 0 ? "after" : "limit",
                    "after must be 0 or more and limit between 1 and 1000");
        }
        HistoryPage page =
                history.page(
                        after,
                        limit,
                        new HistoryFilter(
                                type, entity, actor, correlationId, recordedFrom, recordedTo));
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(page.nextAfter()))
                .body(page);
    }

    @GetMapping(value = "/events/stream", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> stream(
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String correlationId) {
        if (after < 0) {
            throw new BadViewRequestException("after", "after must be 0 or more");
        }
        HistoryFilter filter = new HistoryFilter(type, entity, actor, correlationId, null, null);
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .body(out -> history.stream(after, filter, out));
    }

    @GetMapping(value = "/entities/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntityHistory> entity(@PathVariable String id) {
        List<HistoryEntry> events = history.entity(id);
        if (events.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.NOT_FOUND, "No entity with id " + id + " has events");
        }
        long last = events.stream().mapToLong(HistoryEntry::position).max().orElse(0);
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(last))
                .body(new EntityHistory(id, events.get(events.size() - 1).entityVersion(), events));
    }

    record EntityHistory(String entityId, Long version, List<HistoryEntry> events) {}
}
