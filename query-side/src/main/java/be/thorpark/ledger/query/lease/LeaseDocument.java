package be.thorpark.ledger.query.lease;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One lease with its terms over time, as every view that needs leases keeps it (lease register,
 * units and occupancy, tenant directory, indicators); {@link LeaseCodec} maps it to and from the
 * stored document. On a date, the terms in force are those of the amendment with the latest
 * effective date on or before it (equal dates: the higher number), else the signed ones; the lease
 * runs on that date when it has started, has not passed the end date in force, nor its last day.
 * This is the one meaning of amendments in force (docs/architecture.md), the same the unit's
 * schedule applies on the command side.
 *
 * @param startDate null until the lease's signing has reached the view
 * @param lineage the positions of the lease's events, where the view keeps them (indicators)
 */
public record LeaseDocument(
        String id,
        String tenantId,
        String unitId,
        BigDecimal area,
        BigDecimal monthlyRent,
        LocalDate startDate,
        LocalDate endDate,
        Instant signedAt,
        List<Amendment> amendments,
        LocalDate lastDay,
        Instant terminatedAt,
        long version,
        long position,
        List<Long> lineage) {

    /** One amendment as recorded: the terms in full from its effective date. */
    public record Amendment(
            int number,
            LocalDate effectiveDate,
            BigDecimal area,
            BigDecimal monthlyRent,
            LocalDate endDate,
            long position,
            Instant recordedAt) {}

    public LeaseDocument {
        amendments = List.copyOf(amendments);
        lineage = List.copyOf(lineage);
    }

    public boolean signed() {
        return startDate != null;
    }

    /** Amendments in the order they take effect (effective date, then number). */
    public List<Amendment> amendmentsByEffect() {
        return amendments.stream()
                .sorted(
                        Comparator.comparing(Amendment::effectiveDate)
                                .thenComparingInt(Amendment::number))
                .toList();
    }

    /** Amendments in the order they were agreed (number, then position). */
    public List<Amendment> amendmentsInOrder() {
        return amendments.stream()
                .sorted(
                        Comparator.comparingInt(Amendment::number)
                                .thenComparingLong(Amendment::position))
                .toList();
    }

    /**
     * The terms in force on {@code date}, whether or not the lease runs then; empty before it was
     * signed.
     */
    public Optional<LeaseTimeline.Terms> termsInForce(LocalDate date) {
        if (!signed()) {
            return Optional.empty();
        }
        LeaseTimeline.Terms terms = new LeaseTimeline.Terms(area, monthlyRent, endDate);
        for (Amendment amendment : amendmentsByEffect()) {
            if (amendment.effectiveDate().isAfter(date)) {
                break;
            }
            terms =
                    new LeaseTimeline.Terms(
                            amendment.area(), amendment.monthlyRent(), amendment.endDate());
        }
        return Optional.of(terms);
    }

    public LeaseTimeline.Status status(LocalDate date) {
        if (!signed() || date.isBefore(startDate)) {
            return LeaseTimeline.Status.UPCOMING;
        }
        if (lastDay != null && date.isAfter(lastDay)) {
            return LeaseTimeline.Status.TERMINATED;
        }
        LeaseTimeline.Terms terms = termsInForce(date).orElseThrow();
        if (terms.endDate() != null && date.isAfter(terms.endDate())) {
            return LeaseTimeline.Status.ENDED;
        }
        return LeaseTimeline.Status.ACTIVE;
    }

    /** The terms on {@code date} when the lease runs that day. */
    public Optional<LeaseTimeline.Terms> activeOn(LocalDate date) {
        return status(date) == LeaseTimeline.Status.ACTIVE ? termsInForce(date) : Optional.empty();
    }

    /**
     * The last day the lease runs: the earlier of its last end date in force and an early
     * termination.
     */
    public LocalDate lastDayInForce() {
        LocalDate end = endDate;
        List<Amendment> byEffect = amendmentsByEffect();
        if (!byEffect.isEmpty()) {
            end = byEffect.get(byEffect.size() - 1).endDate();
        }
        if (lastDay != null && (end == null || lastDay.isBefore(end))) {
            return lastDay;
        }
        return end;
    }
}
