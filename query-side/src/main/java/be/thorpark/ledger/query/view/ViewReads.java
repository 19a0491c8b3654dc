package be.thorpark.ledger.query.view;

import be.thorpark.ledger.eventstore.EventLog;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Where a query reads from: the live view (after waiting for {@code minPosition} when asked), or,
 * for auditors, the view as it stood right after {@code asOfPosition} or at the recorded instant
 * {@code asOfTime}.
 */
@Component
public class ViewReads {

    /** The documents to read and the position they reflect. */
    public record Snapshot(ViewWriter source, long position) {}

    private final ViewConsistency consistency;
    private final ActiveViews views;
    private final TimeTravel timeTravel;
    private final EventLog log;

    ViewReads(ViewConsistency consistency, ActiveViews views, TimeTravel timeTravel, EventLog log) {
        this.consistency = consistency;
        this.views = views;
        this.timeTravel = timeTravel;
        this.log = log;
    }

    public Snapshot read(String view, ViewQuery query) {
        return read(view, query.minPosition(), query.asOfPosition(), query.asOfTime());
    }

    public Snapshot read(String view, Long minPosition, Long asOfPosition, Instant asOfTime) {
        if (asOfPosition != null && asOfTime != null) {
            throw new BadViewRequestException(
                    "asOfTime", "give asOfPosition or asOfTime, not both");
        }
        if (asOfPosition == null && asOfTime == null) {
            long position = consistency.await(view, minPosition);
            return new Snapshot(views.writer(view), position);
        }
        long position;
        if (asOfTime != null) {
            position = log.positionAt(asOfTime);
        } else {
            position = asOfPosition;
            if (position < 0) {
                throw new BadViewRequestException("asOfPosition", "asOfPosition must be 0 or more");
            }
            long head = log.headPosition();
            if (position > head) {
                throw new BadViewRequestException(
                        "asOfPosition", "the history ends at position " + head);
            }
        }
        return new Snapshot(timeTravel.at(position), position);
    }
}
