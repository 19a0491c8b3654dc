package be.thorpark.ledger.query.view;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/** Global positions of the store's tracking tokens ({@code GlobalSequenceTrackingToken(P)}: up to and including P). */
final class TokenPositions {

    private TokenPositions() {
    }

    /** The position of the event a token was delivered with; during a replay, the replayed event's position. */
    static long eventPosition(TrackingToken token) {
        if (token == null) {
            throw new IllegalArgumentException("a tracked event comes with a tracking token");
        }
        return token.position().orElseGet(() -> reached(token));
    }

    /** The position every event up to which a stored token guarantees was handled; 0 for none. */
    static long reached(TrackingToken token) {
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
}
