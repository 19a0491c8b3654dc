package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The position each view reflects: the lowest position over its processor's segments, as their
 * tokens are stored. Every event up to that position has been applied to the view (a segment stores
 * its token only after its batch was written).
 *
 * <p>The segments come from the {@link TokenStore}; their tokens are read from its collection
 * without claiming them, because {@link TokenStore#fetchToken} would take a segment away from the
 * processor that owns it.
 *
 * <p>A segment that only sees events of the other segments handles nothing and stores its token
 * only when it extends its claim (every five seconds), so its stored token can lag behind events
 * that never concern it. For the segments this instance processes, the processor's own status is
 * therefore taken as well: it moves on right after a batch is committed, and at once past events
 * the segment has nothing to do with.
 */
@Component
public class ViewPositions {

    private final TokenStore tokenStore;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final ObjectProvider<EventProcessingConfiguration> processing;

    @Autowired
    public ViewPositions(
            TokenStore tokenStore,
            MongoDatabase database,
            Serializer serializer,
            @Value("${campus.query.token-collection:tracking_tokens}") String tokenCollection,
            ObjectProvider<EventProcessingConfiguration> processing) {
        this.tokenStore = tokenStore;
        this.tokens = database.getCollection(tokenCollection);
        this.serializer = serializer;
        this.processing = processing;
    }

    /** Positions from the stored tokens alone, for a reader that runs no processor itself. */
    public ViewPositions(
            TokenStore tokenStore,
            MongoDatabase database,
            Serializer serializer,
            String tokenCollection) {
        this(tokenStore, database, serializer, tokenCollection, null);
    }

    /**
     * The position the view of processing group {@code group} reflects, 0 before its processor has
     * started.
     */
    public long position(String group) {
        int[] segments = tokenStore.fetchSegments(group);
        if (segments.length == 0) {
            return 0;
        }
        List<Integer> wanted = Arrays.stream(segments).boxed().toList();
        Map<Integer, Long> reached = new HashMap<>();
        for (Document entry :
                tokens.find(
                        Filters.and(
                                Filters.eq("processorName", group),
                                Filters.in("segment", wanted)))) {
            reached.merge(
                    ((Number) entry.get("segment")).intValue(),
                    TokenPositions.reached(TokenPositions.stored(entry, serializer)),
                    Math::max);
        }
        processedHere(group)
                .forEach((segment, position) -> reached.merge(segment, position, Math::max));
        long lowest = Long.MAX_VALUE;
        for (int segment : segments) {
            Long position = reached.get(segment);
            if (position == null) {
                return 0;
            }
            lowest = Math.min(lowest, position);
        }
        return lowest;
    }

    /**
     * Per segment this instance processes without error, the position its processor has committed
     * or passed.
     */
    private Map<Integer, Long> processedHere(String group) {
        EventProcessingConfiguration configuration =
                processing == null ? null : processing.getIfAvailable();
        if (configuration == null) {
            return Map.of();
        }
        Map<Integer, Long> result = new HashMap<>();
        configuration
                .eventProcessor(group, StreamingEventProcessor.class)
                .ifPresent(
                        processor -> {
                            for (Map.Entry<Integer, EventTrackerStatus> entry :
                                    processor.processingStatus().entrySet()) {
                                EventTrackerStatus status = entry.getValue();
                                if (status != null
                                        && !status.isErrorState()
                                        && status.getTrackingToken() != null) {
                                    result.put(
                                            entry.getKey(),
                                            TokenPositions.reached(status.getTrackingToken()));
                                }
                            }
                        });
        return result;
    }
}
