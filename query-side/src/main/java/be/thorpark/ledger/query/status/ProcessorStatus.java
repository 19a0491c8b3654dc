package be.thorpark.ledger.query.status;

import java.time.Instant;
import java.util.List;

/**
 * How far each view's processor has come against the head of the stored history.
 *
 * @param head the last stored event
 * @param views every view, by name
 */
record ProcessorStatus(Head head, List<View> views) {

    /**
     * @param position position of the last stored event, 0 for an empty history
     * @param recordedAt when the store accepted it, null for an empty history
     */
    record Head(long position, Instant recordedAt) {}

    /**
     * @param name the view
     * @param processingGroup the processing group (and processor) that feeds it
     * @param position the position the view reflects, as queries on it report in {@code
     *     Event-Position}
     * @param headPosition the head the lag is measured against
     * @param lagEvents events stored but not yet reflected
     * @param lagTime ISO-8601 duration between the recording of the head event and of the event at
     *     {@code position}; zero when caught up
     * @param lagMillis the same in milliseconds
     * @param caughtUp whether the view reflects the head
     * @param segments the processor's segments as the token store holds them
     */
    record View(
            String name,
            String processingGroup,
            long position,
            long headPosition,
            long lagEvents,
            String lagTime,
            long lagMillis,
            boolean caughtUp,
            List<Segment> segments) {}

    /**
     * @param segment the segment id
     * @param position every event up to this position was handled by the segment
     * @param owner the instance holding the segment's claim, null when it is free
     * @param claimedAt when the owner last claimed or extended it, null when unknown
     */
    record Segment(int segment, long position, String owner, Instant claimedAt) {}
}
