package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The position each view reflects: the lowest position over its processor's segments, as their tokens are stored.
 * Every event up to that position has been applied to the view (a segment stores its token only after its batch was
 * written).
 *
 * <p>The segments come from the {@link TokenStore}; their tokens are read from its collection without claiming them,
 * because {@link TokenStore#fetchToken} would take a segment away from the processor that owns it.
 */
@Component
public class ViewPositions {

    private final TokenStore tokenStore;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    public ViewPositions(TokenStore tokenStore, MongoDatabase database, Serializer serializer,
                  @Value("${campus.query.token-collection:tracking_tokens}") String tokenCollection) {
        this.tokenStore = tokenStore;
        this.tokens = database.getCollection(tokenCollection);
        this.serializer = serializer;
    }

    /** The position the view of processing group {@code group} reflects, 0 before its processor has started. */
    public long position(String group) {
        int[] segments = tokenStore.fetchSegments(group);
        if (segments.length == 0) {
            return 0;
        }
        List<Integer> wanted = Arrays.stream(segments).boxed().toList();
        long lowest = Long.MAX_VALUE;
        int found = 0;
        for (Document entry : tokens.find(Filters.and(Filters.eq("processorName", group),
                Filters.in("segment", wanted)))) {
            lowest = Math.min(lowest, TokenPositions.reached(token(entry)));
            found++;
        }
        return found < segments.length ? 0 : lowest;
    }

    private TrackingToken token(Document entry) {
        Object data = entry.get("token");
        String type = entry.getString("tokenType");
        if (data == null || type == null) {
            return null;
        }
        if (data instanceof Binary binary) {
            return serializer.deserialize(new SimpleSerializedObject<>(binary.getData(), byte[].class, type, null));
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data.toString(), String.class, type, null));
    }
}
