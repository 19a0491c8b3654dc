package be.thorpark.ledger.query.status;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.StoredEvent;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.TokenPositions;
import be.thorpark.ledger.query.view.ViewPositions;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the processor status with exact-key reads only: the views' positions, each processor's
 * token documents, the head, and one event per distinct position to compare recording times.
 *
 * <p>The views are read before the head, so that no view is ever ahead of the head it is compared
 * with.
 */
@Component
class ProcessorStatusReader {

    private final List<ViewHandle> views;
    private final ViewPositions positions;
    private final EventLog log;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    ProcessorStatusReader(
            List<Projection> projections,
            ViewPositions positions,
            EventLog log,
            MongoDatabase database,
            Serializer serializer,
            @Value("${campus.query.token-collection:tracking_tokens}") String tokenCollection) {
        this.views =
                projections.stream()
                        .map(ViewHandle::of)
                        .sorted(Comparator.comparing(ViewHandle::name))
                        .toList();
        this.positions = positions;
        this.log = log;
        this.tokens = database.getCollection(tokenCollection);
        this.serializer = serializer;
    }

    List<String> viewNames() {
        return views.stream().map(ViewHandle::name).toList();
    }

    ProcessorStatus read() {
        Map<String, Long> reached = new HashMap<>();
        Map<String, List<ProcessorStatus.Segment>> segments = new HashMap<>();
        for (ViewHandle view : views) {
            reached.put(view.name(), positions.position(view.group()));
            segments.put(view.name(), segments(view.group()));
        }
        long headPosition = log.headPosition();
        Map<Long, Instant> recorded = new HashMap<>();
        Instant headRecordedAt = recordedAt(headPosition, recorded);
        List<ProcessorStatus.View> answer = new ArrayList<>();
        for (ViewHandle view : views) {
            long position = reached.get(view.name());
            long lagEvents = Math.max(0, headPosition - position);
            Duration lagTime = Duration.ZERO;
            if (lagEvents > 0) {
                // A view that reflects no event yet is as far behind as the whole history is long.
                Instant reflected = recordedAt(Math.max(1, position), recorded);
                if (reflected != null
                        && headRecordedAt != null
                        && headRecordedAt.isAfter(reflected)) {
                    lagTime = Duration.between(reflected, headRecordedAt);
                }
            }
            answer.add(
                    new ProcessorStatus.View(
                            view.name(),
                            view.group(),
                            position,
                            headPosition,
                            lagEvents,
                            lagTime.toString(),
                            lagTime.toMillis(),
                            lagEvents == 0,
                            segments.get(view.name())));
        }
        return new ProcessorStatus(new ProcessorStatus.Head(headPosition, headRecordedAt), answer);
    }

    private Instant recordedAt(long position, Map<Long, Instant> recorded) {
        if (position <= 0) {
            return null;
        }
        return recorded.computeIfAbsent(
                position,
                p -> {
                    List<StoredEvent> events = log.readAfter(p - 1, 1);
                    return events.isEmpty() ? null : events.get(0).recordedAt();
                });
    }

    private List<ProcessorStatus.Segment> segments(String group) {
        List<ProcessorStatus.Segment> found = new ArrayList<>();
        for (Document entry :
                tokens.find(Filters.eq("processorName", group)).sort(Sorts.ascending("segment"))) {
            Object segment = entry.get("segment");
            if (segment instanceof Number number) {
                found.add(
                        new ProcessorStatus.Segment(
                                number.intValue(),
                                TokenPositions.reached(TokenPositions.stored(entry, serializer)),
                                entry.getString("owner"),
                                instant(entry.get("timestamp"))));
            }
        }
        return found;
    }

    private static Instant instant(Object value) {
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return null;
    }

    /**
     * A view and the processing group its handler belongs to (named after the view, see {@code
     * ViewProcessors}).
     */
    record ViewHandle(String name, String group) {

        static ViewHandle of(Projection projection) {
            return new ViewHandle(projection.name(), projection.name());
        }
    }
}
