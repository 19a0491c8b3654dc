package be.thorpark.ledger.command.space;

import be.thorpark.ledger.command.rules.InForce;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Which lease holds how much of a unit on which days. The unit's rule, "leased area never exceeds
 * the unit's area on any day", is checked against it; overlapping leases of a shared unit are fine
 * while their sum fits. A lease's area on a day follows the amendments in force that day ({@link
 * InForce}), the same meaning the views give it.
 */
final class SpaceSchedule {

    /** From its effective date on, the lease holds {@code area} up to and including {@code to}. */
    record Slot(AreaM2 area, LocalDate to) {}

    /**
     * A day on which a change would leave the unit overfull: what the others hold then and what the
     * lease asks.
     */
    record Overfull(LocalDate day, long othersHundredths, AreaM2 requested) {}

    private static final class Holding {
        private final LocalDate start;
        private final InForce<Slot> slots;
        private LocalDate lastDay;

        private Holding(LocalDate start, InForce<Slot> slots, LocalDate lastDay) {
            this.start = start;
            this.slots = slots;
            this.lastDay = lastDay;
        }

        AreaM2 on(LocalDate day) {
            if (day.isBefore(start) || (lastDay != null && day.isAfter(lastDay))) {
                return AreaM2.ZERO;
            }
            return slots.on(day)
                    .filter(slot -> !day.isAfter(slot.to()))
                    .map(Slot::area)
                    .orElse(AreaM2.ZERO);
        }

        /** The days from which what the lease holds may change. */
        void changeDays(TreeSet<LocalDate> days) {
            days.add(start);
            for (LocalDate effective : slots.effectiveDates()) {
                days.add(effective);
                slots.on(effective).ifPresent(slot -> days.add(slot.to().plusDays(1)));
            }
            if (lastDay != null) {
                days.add(lastDay.plusDays(1));
            }
        }

        Holding copy() {
            return new Holding(start, slots.copy(), lastDay);
        }
    }

    private final Map<LeaseId, Holding> holdings = new HashMap<>();

    void allocate(LeaseId lease, AreaM2 area, LocalDate from, LocalDate to) {
        InForce<Slot> slots = new InForce<>();
        slots.from(from, new Slot(area, to));
        holdings.put(lease, new Holding(from, slots, null));
    }

    /**
     * From {@code from}, the lease holds {@code area} until {@code to}, as an amendment effective
     * that day.
     */
    void reallocate(LeaseId lease, LocalDate from, AreaM2 area, LocalDate to) {
        holdings.get(lease).slots.from(from, new Slot(area, to));
    }

    /** The lease holds nothing after {@code lastDay}. */
    void release(LeaseId lease, LocalDate lastDay) {
        Holding holding = holdings.get(lease);
        if (holding.lastDay == null || lastDay.isBefore(holding.lastDay)) {
            holding.lastDay = lastDay;
        }
    }

    /**
     * The area leased on {@code day}, all leases together, in hundredths of m2 (a sum may pass any
     * one area).
     */
    long leasedOn(LocalDate day) {
        long leased = 0;
        for (Holding holding : holdings.values()) {
            leased += holding.on(day).hundredths();
        }
        return leased;
    }

    /**
     * The first day on which {@code change} to {@code lease} would make it hold more than before
     * while the unit holds more than {@code area}; empty when the change fits. Days already
     * overfull are not held against a change that does not add to them.
     */
    Optional<Overfull> firstOverfullDay(
            LeaseId lease, Consumer<SpaceSchedule> change, AreaM2 area) {
        SpaceSchedule after = copy();
        change.accept(after);
        TreeSet<LocalDate> days = new TreeSet<>();
        after.holdings.values().forEach(holding -> holding.changeDays(days));
        for (LocalDate day : days) {
            AreaM2 before = held(lease, day);
            AreaM2 asked = after.held(lease, day);
            long total = after.leasedOn(day);
            if (asked.compareTo(before) > 0 && total > area.hundredths()) {
                return Optional.of(new Overfull(day, total - asked.hundredths(), asked));
            }
        }
        return Optional.empty();
    }

    private AreaM2 held(LeaseId lease, LocalDate day) {
        Holding holding = holdings.get(lease);
        return holding == null ? AreaM2.ZERO : holding.on(day);
    }

    private SpaceSchedule copy() {
        SpaceSchedule copy = new SpaceSchedule();
        holdings.forEach((lease, holding) -> copy.holdings.put(lease, holding.copy()));
        return copy;
    }
}
