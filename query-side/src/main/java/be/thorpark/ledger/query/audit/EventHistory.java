package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the stored history for auditors, in order, from exact-key batches: a page or a stream costs
 * the same at the start of the history as at the end of it.
 */
@Component
class EventHistory {

    static final int MAX_SCAN_PER_PAGE = 10_000;
    private static final int BATCH = 500;

    private final EventLog log;
    private final JsonMapper json = JsonMapper.builder().build();

    EventHistory(EventLog log) {
        this.log = log;
    }

    HistoryPage page(long after, int limit, HistoryFilter filter) {
        long head = log.headPosition();
        long start = after;
        if (filter.recordedFrom() != null) {
            start = Math.max(start, log.positionAt(filter.recordedFrom().minusNanos(1)));
        }
        List<HistoryEntry> items = new ArrayList<>();
        long cursor = start;
        long scanned = 0;
        boolean ended = false;
        while (items.size() < limit && scanned < MAX_SCAN_PER_PAGE) {
            List<StoredEvent> batch = log.readAfter(cursor, BATCH);
            if (batch.isEmpty()) {
                ended = true;
                break;
            }
            for (StoredEvent event : batch) {
                if (filter.pastTheEnd(event)) {
                    ended = true;
                    break;
                }
                HistoryEntry entry = HistoryEntry.of(event, json);
                cursor = event.position();
                scanned++;
                if (filter.matches(entry)) {
                    items.add(entry);
                    if (items.size() == limit) {
                        break;
                    }
                }
            }
            if (ended) {
                break;
            }
        }
        return new HistoryPage(
                items, after, cursor, Math.max(head, cursor), ended || cursor >= head);
    }

    List<HistoryEntry> entity(String entityId) {
        return log.readEntity(entityId).stream().map(e -> HistoryEntry.of(e, json)).toList();
    }

    /**
     * Writes every event after {@code after} as one JSON line each, to the head as it stands when
     * reached.
     */
    long stream(long after, HistoryFilter filter, OutputStream out) throws IOException {
        long cursor = after;
        long written = 0;
        while (true) {
            List<StoredEvent> batch = log.readAfter(cursor, BATCH);
            if (batch.isEmpty()) {
                out.flush();
                return written;
            }
            for (StoredEvent event : batch) {
                if (filter.pastTheEnd(event)) {
                    out.flush();
                    return written;
                }
                HistoryEntry entry = HistoryEntry.of(event, json);
                cursor = event.position();
                if (filter.matches(entry)) {
                    out.write(json.writeValueAsBytes(entry));
                    out.write('\n');
                    written++;
                }
            }
            out.flush();
        }
    }
}
