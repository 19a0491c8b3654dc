package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.query.view.EventHandlers;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.conversions.Bson;

/**
 * A lease's terms over time, kept in one document per lease by every view that needs them (lease
 * register, occupancy, tenant directory, indicators): the views include {@link #keptIn} and read
 * {@link LeaseDocument}s (decoded by {@link LeaseCodec}). What the terms in force on a date are is
 * said once, in {@link LeaseDocument}.
 */
public final class LeaseTimeline {

    private LeaseTimeline() {}

    /** The terms in force on a date. */
    public record Terms(BigDecimal area, BigDecimal monthlyRent, LocalDate endDate) {}

    public enum Status {
        UPCOMING,
        ACTIVE,
        ENDED,
        TERMINATED
    }

    /**
     * Keeps one document per lease with its terms over time in {@code collection} of the view that
     * includes it.
     */
    public static Consumer<EventHandlers> keptIn(String collection) {
        return keptIn(collection, event -> null);
    }

    /**
     * As {@link #keptIn(String)}, with {@code also} (when not null) applied with each of the
     * lease's events.
     */
    public static Consumer<EventHandlers> keptIn(
            String collection, Function<ViewEvent, Bson> also) {
        return view -> {
            view.update(
                    LeaseSigned.class,
                    collection,
                    e -> e.leaseId().value(),
                    (e, v) -> with(LeaseCodec.signed(e, v), also.apply(v)));
            view.update(
                    LeaseAmended.class,
                    collection,
                    e -> e.leaseId().value(),
                    (e, v) -> with(LeaseCodec.amended(e, v), also.apply(v)));
            view.update(
                    LeaseTerminated.class,
                    collection,
                    e -> e.leaseId().value(),
                    (e, v) -> with(LeaseCodec.terminated(e, v), also.apply(v)));
        };
    }

    private static Bson with(Bson update, Bson also) {
        return also == null ? update : Updates.combine(update, also);
    }
}
