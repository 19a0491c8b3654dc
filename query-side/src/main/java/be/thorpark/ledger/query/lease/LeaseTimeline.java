package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.EventHandlers;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A lease's terms over time, as stored in one document per lease by every view that needs them (lease register,
 * occupancy, tenant directory), and read for any business date.
 *
 * <p>Stored: the signed terms ({@code startDate}, {@code endDate}, {@code area}, {@code monthlyRent}), every amendment
 * in the order recorded ({@code amendments[]}: {@code number}, {@code effectiveDate}, {@code area},
 * {@code monthlyRent}, {@code endDate}) and an early termination ({@code lastDay}). On a date, the terms in force are
 * those of the amendment with the latest effective date on or before it (equal dates: the higher number), else the
 * signed ones; the lease runs on that date when it has started, has not passed the end date in force, nor its last day.
 * This is the one meaning of amendments in force (docs/architecture.md), the same the unit's schedule applies on the
 * command side.
 */
public final class LeaseTimeline {

    private LeaseTimeline() {
    }

    /** The terms in force on a date. */
    public record Terms(BigDecimal area, BigDecimal monthlyRent, LocalDate endDate) {
    }

    public enum Status {
        UPCOMING, ACTIVE, ENDED, TERMINATED
    }

    /** Keeps one document per lease with its terms over time in {@code collection} of the view that includes it. */
    public static Consumer<EventHandlers> keptIn(String collection) {
        return keptIn(collection, event -> null);
    }

    /** As {@link #keptIn(String)}, with {@code also} (when not null) applied with each of the lease's events. */
    public static Consumer<EventHandlers> keptIn(String collection, Function<ViewEvent, Bson> also) {
        return view -> {
            view.on(LeaseSigned.class, (e, t) -> t.apply(collection, e.leaseId().value(),
                    with(signed(e, t.event()), also.apply(t.event()))));
            view.on(LeaseAmended.class, (e, t) -> t.apply(collection, e.leaseId().value(),
                    with(amended(e, t.event()), also.apply(t.event()))));
            view.on(LeaseTerminated.class, (e, t) -> t.apply(collection, e.leaseId().value(),
                    with(terminated(e, t.event()), also.apply(t.event()))));
        };
    }

    private static Bson with(Bson update, Bson also) {
        return also == null ? update : Updates.combine(update, also);
    }

    public static Bson signed(LeaseSigned signed, ViewEvent event) {
        return Updates.combine(
                Updates.set("leaseId", signed.leaseId().value()),
                Updates.set("tenantId", signed.tenantId().value()),
                Updates.set("unitId", signed.unitId().value()),
                Updates.set("area", DocValues.decimal(signed.area())),
                Updates.set("monthlyRent", DocValues.decimal(signed.monthlyRent())),
                Updates.set("startDate", DocValues.date(signed.startDate())),
                Updates.set("endDate", DocValues.date(signed.endDate())),
                Updates.set("signedAt", event.recordedAt()),
                version(event));
    }

    public static Bson amended(LeaseAmended amended, ViewEvent event) {
        return Updates.combine(
                Updates.set("leaseId", amended.leaseId().value()),
                Updates.push("amendments", new Document("number", amended.amendmentNumber())
                        .append("effectiveDate", DocValues.date(amended.effectiveDate()))
                        .append("area", DocValues.decimal(amended.area()))
                        .append("monthlyRent", DocValues.decimal(amended.monthlyRent()))
                        .append("endDate", DocValues.date(amended.endDate()))
                        .append("position", event.position())
                        .append("recordedAt", event.recordedAt())),
                version(event));
    }

    public static Bson terminated(LeaseTerminated terminated, ViewEvent event) {
        return Updates.combine(
                Updates.set("leaseId", terminated.leaseId().value()),
                Updates.set("unitId", terminated.unitId().value()),
                Updates.set("lastDay", DocValues.date(terminated.lastDay())),
                Updates.set("terminatedAt", event.recordedAt()),
                version(event));
    }

    /** The lease's version: the number of its events, as its {@code ETag} states it. */
    private static Bson version(ViewEvent event) {
        return Updates.max("version", event.sequence() + 1);
    }

    /** Amendments in the order they take effect (effective date, then number). */
    public static List<Document> amendmentsByEffect(Document lease) {
        return DocValues.documents(lease, "amendments").stream()
                .sorted(Comparator.comparing((Document a) -> a.getString("effectiveDate"))
                        .thenComparing(a -> a.getInteger("number", 0)))
                .toList();
    }

    /** Amendments in the order they were agreed (number, then position). */
    public static List<Document> amendmentsInOrder(Document lease) {
        return DocValues.documents(lease, "amendments").stream()
                .sorted(Comparator.comparing((Document a) -> a.getInteger("number", 0))
                        .thenComparing(a -> DocValues.longValue(a, "position")))
                .toList();
    }

    /** The terms in force on {@code date}, whether or not the lease runs then; empty before it was signed. */
    public static Optional<Terms> termsInForce(Document lease, LocalDate date) {
        if (lease.getString("startDate") == null) {
            return Optional.empty();
        }
        Terms terms = new Terms(DocValues.decimal(lease, "area"), DocValues.decimal(lease, "monthlyRent"),
                DocValues.date(lease, "endDate"));
        for (Document amendment : amendmentsByEffect(lease)) {
            if (DocValues.date(amendment, "effectiveDate").isAfter(date)) {
                break;
            }
            terms = new Terms(DocValues.decimal(amendment, "area"), DocValues.decimal(amendment, "monthlyRent"),
                    DocValues.date(amendment, "endDate"));
        }
        return Optional.of(terms);
    }

    public static Status status(Document lease, LocalDate date) {
        LocalDate start = DocValues.date(lease, "startDate");
        LocalDate lastDay = DocValues.date(lease, "lastDay");
        if (start == null || date.isBefore(start)) {
            return Status.UPCOMING;
        }
        if (lastDay != null && date.isAfter(lastDay)) {
            return Status.TERMINATED;
        }
        Terms terms = termsInForce(lease, date).orElseThrow();
        if (terms.endDate() != null && date.isAfter(terms.endDate())) {
            return Status.ENDED;
        }
        return Status.ACTIVE;
    }

    /** The terms on {@code date} when the lease runs that day. */
    public static Optional<Terms> activeOn(Document lease, LocalDate date) {
        return status(lease, date) == Status.ACTIVE ? termsInForce(lease, date) : Optional.empty();
    }

    /** The last day the lease runs: the earlier of its last end date in force and an early termination. */
    public static LocalDate lastDayInForce(Document lease) {
        LocalDate end = DocValues.date(lease, "endDate");
        List<Document> byEffect = amendmentsByEffect(lease);
        if (!byEffect.isEmpty()) {
            end = DocValues.date(byEffect.get(byEffect.size() - 1), "endDate");
        }
        LocalDate lastDay = DocValues.date(lease, "lastDay");
        if (lastDay != null && (end == null || lastDay.isBefore(end))) {
            return lastDay;
        }
        return end;
    }
}
