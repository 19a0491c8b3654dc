package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.EventHandlers;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A lease's terms over time, kept in one document per lease by every view that needs them (lease
 * register, occupancy, tenant directory, indicators): the views include {@link #keptIn} and read
 * {@link LeaseDocument}s. What the terms in force on a date are is said once, in {@link
 * LeaseDocument}; the methods on raw documents here are for readers that hold the document itself
 * (the OData feed).
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
            view.on(
                    LeaseSigned.class,
                    (e, t) ->
                            t.apply(
                                    collection,
                                    e.leaseId().value(),
                                    with(LeaseCodec.signed(e, t.event()), also.apply(t.event()))));
            view.on(
                    LeaseAmended.class,
                    (e, t) ->
                            t.apply(
                                    collection,
                                    e.leaseId().value(),
                                    with(LeaseCodec.amended(e, t.event()), also.apply(t.event()))));
            view.on(
                    LeaseTerminated.class,
                    (e, t) ->
                            t.apply(
                                    collection,
                                    e.leaseId().value(),
                                    with(
                                            LeaseCodec.terminated(e, t.event()),
                                            also.apply(t.event()))));
        };
    }

    private static Bson with(Bson update, Bson also) {
        return also == null ? update : Updates.combine(update, also);
    }

    /** Amendments in the order they were agreed (number, then position), as stored. */
    public static List<Document> amendmentsInOrder(Document lease) {
        return DocValues.documents(lease, LeaseCodec.AMENDMENTS).stream()
                .sorted(
                        Comparator.comparing((Document a) -> a.getInteger("number", 0))
                                .thenComparing(a -> DocValues.longValue(a, "position")))
                .toList();
    }

    /**
     * The terms in force on {@code date}, whether or not the lease runs then; empty before it was
     * signed.
     */
    public static Optional<Terms> termsInForce(Document lease, LocalDate date) {
        return LeaseCodec.decode(lease).termsInForce(date);
    }

    public static Status status(Document lease, LocalDate date) {
        return LeaseCodec.decode(lease).status(date);
    }

    /** The terms on {@code date} when the lease runs that day. */
    public static Optional<Terms> activeOn(Document lease, LocalDate date) {
        return LeaseCodec.decode(lease).activeOn(date);
    }

    /**
     * The last day the lease runs: the earlier of its last end date in force and an early
     * termination.
     */
    public static LocalDate lastDayInForce(Document lease) {
        return LeaseCodec.decode(lease).lastDayInForce();
    }
}
