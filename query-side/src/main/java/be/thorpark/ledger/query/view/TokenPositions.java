package be.thorpark.ledger.query.view;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Global positions of the store's tracking tokens ({@code GlobalSequenceTrackingToken(P)}: up to
 * and including P).
 */
public final class TokenPositions {

    private TokenPositions() {}

    /**
     * The position of the event a token was delivered with; during a replay, the replayed event's
     * position.
     */
    static long eventPosition(TrackingToken token) {
        if (token == null) {
            throw new IllegalArgumentException("a tracked event comes with a tracking token");
        }
        return token.position().orElseGet(() -> reached(token));
    }

    /** The position every event up to which a stored token guarantees was handled; 0 for none. */
    public static long reached(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower == null) {
            return 0;
        }
        if (lower instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        return lower.position().orElse(0);
    }

    /**
     * The token stored in one {@code tracking_tokens} document, or null when the segment holds none
     * yet.
     */
    public static TrackingToken stored(Document entry, Serializer serializer) {
        Object data = entry.get("token");
        String type = entry.getString("tokenType");
        if (data == null || type == null) {
            return null;
        }
        if (data instanceof Binary binary) {
            return serializer.deserialize(
                    new SimpleSerializedObject<>(binary.getData(), byte[].class, type, null));
        }
        return serializer.deserialize(
                new SimpleSerializedObject<>(data.toString(), String.class, type, null));
    }
}
