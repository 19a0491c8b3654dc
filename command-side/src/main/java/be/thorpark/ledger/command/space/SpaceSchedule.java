package be.thorpark.ledger.command.space;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which lease holds how much of a unit on which days. The unit's rule, "leased area never exceeds the unit's area on
 * any day", is checked against it; overlapping leases of a shared unit are fine while their sum fits.
 */
final class SpaceSchedule {

    /** A lease's area over a closed range of days. */
    record Slot(LocalDate from, LocalDate to, AreaM2 area) {
    }

    private final Map<LeaseId, List<Slot>> slots = new HashMap<>();

    void allocate(LeaseId lease, AreaM2 area, LocalDate from, LocalDate to) {
        slots.computeIfAbsent(lease, l -> new ArrayList<>()).add(new Slot(from, to, area));
    }

    /** The lease holds {@code area} from {@code from} to {@code to}; what it held from {@code from} on is replaced. */
    void reallocate(LeaseId lease, LocalDate from, AreaM2 area, LocalDate to) {
        release(lease, from.minusDays(1));
        allocate(lease, area, from, to);
    }

    /** The lease holds nothing after {@code lastDay}. */
    void release(LeaseId lease, LocalDate lastDay) {
        List<Slot> kept = new ArrayList<>();
        for (Slot slot : slots.getOrDefault(lease, List.of())) {
            if (!slot.from().isAfter(lastDay)) {
                kept.add(new Slot(slot.from(), slot.to().isAfter(lastDay) ? lastDay : slot.to(), slot.area()));
            }
        }
        slots.put(lease, kept);
    }

    boolean holds(LeaseId lease) {
        return slots.containsKey(lease);
    }

    /**
     * The largest area leased on any day from {@code from} to {@code to}, not counting what {@code ignored} holds from
     * {@code from} on (the lease being changed).
     */
    AreaM2 peakLeased(LocalDate from, LocalDate to, LeaseId ignored) {
        List<Slot> counted = new ArrayList<>();
        slots.forEach((lease, leaseSlots) -> leaseSlots.stream()
                .filter(slot -> !lease.equals(ignored))
                .forEach(counted::add));
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(from);
        for (Slot slot : counted) {
            if (!slot.from().isBefore(from) && !slot.from().isAfter(to)) {
                changes.add(slot.from());
            }
        }
        AreaM2 peak = AreaM2.ZERO;
        for (LocalDate day : changes) {
            AreaM2 leased = AreaM2.ZERO;
            for (Slot slot : counted) {
                if (!day.isBefore(slot.from()) && !day.isAfter(slot.to())) {
                    leased = leased.plus(slot.area());
                }
            }
            peak = leased.compareTo(peak) > 0 ? leased : peak;
        }
        return peak;
    }
}
