package be.thorpark.ledger.command.space;

import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.util.function.Consumer;

/**
 * A unit's leased area never exceeds its area on any day. Leases may overlap while their sum fits;
 * a change is refused on the first day on which it makes its lease hold more than before while the
 * unit would hold more than its area. Days already overfull are not held against a change that does
 * not add to them, so a lease can always shrink.
 */
final class UnitCapacityPolicy {

    private UnitCapacityPolicy() {}

    static void requireRoom(
            String unitCode,
            AreaM2 unitArea,
            SpaceSchedule schedule,
            LeaseId lease,
            Consumer<SpaceSchedule> change) {
        schedule.firstOverfullDay(lease, change, unitArea)
                .ifPresent(
                        overfull -> {
                            long free =
                                    Math.max(
                                            0, unitArea.hundredths() - overfull.othersHundredths());
                            throw new RuleViolation(
                                    ProblemCode.UNIT_ALREADY_LEASED,
                                    "Unit "
                                            + unitCode
                                            + " has "
                                            + new AreaM2(free)
                                            + " m2 free on "
                                            + overfull.day()
                                            + "; the lease would hold "
                                            + overfull.requested()
                                            + " m2 that day.");
                        });
    }
}
