package be.thorpark.ledger.command.space;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitSpaceAllocated;
import be.thorpark.ledger.events.space.UnitSpaceReallocated;
import be.thorpark.ledger.events.space.UnitSpaceReleased;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.function.Consumer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A rentable unit. It is the consistency boundary for its own floor area: every lease that takes, changes or gives
 * back space of this unit appends a unit event in the same commit, so two leases that together would overfill it
 * cannot both be stored.
 */
@Aggregate
public class Unit {

    @AggregateIdentifier
    private UnitId unitId;
    private String code;
    private AreaM2 area;
    private LocalDate availableFrom;
    private final SpaceSchedule schedule = new SpaceSchedule();

    protected Unit() {
    }

    Unit(RegisterUnit command) {
        if (command.area().isZero()) {
            throw new RuleViolation(ProblemCode.UNIT_AREA_ZERO, "A unit needs an area above 0 m2.");
        }
        apply(new UnitRegistered(command.unitId(), command.building(), command.code(), command.type(),
                command.area(), command.availableFrom()));
    }

    /** Sets aside {@code requested} of this unit for a new lease over {@code from}..{@code to}. */
    public void allocate(LeaseId lease, AreaM2 requested, LocalDate from, LocalDate to) {
        if (from.isBefore(availableFrom)) {
            throw new RuleViolation(ProblemCode.UNIT_NOT_YET_AVAILABLE, "Unit " + code + " can be leased from " + availableFrom + ", not from " + from + ".");
        }
        requireRoom(lease, s -> s.allocate(lease, requested, from, to));
        apply(new UnitSpaceAllocated(unitId, lease, requested, from, to));
    }

    /** From {@code from}, the lease holds {@code requested} until {@code to}, as its amendment effective then. */
    public void reallocate(LeaseId lease, LocalDate from, AreaM2 requested, LocalDate to) {
        requireRoom(lease, s -> s.reallocate(lease, from, requested, to));
        apply(new UnitSpaceReallocated(unitId, lease, from, requested, to));
    }

    /** The lease gives its space back after {@code lastDay}. */
    public void release(LeaseId lease, LocalDate lastDay) {
        apply(new UnitSpaceReleased(unitId, lease, lastDay));
    }

    /** The area all leases of this unit hold on {@code day}, as the unit's rule counts it. */
    public AreaM2 leasedOn(LocalDate day) {
        return new AreaM2(schedule.leasedOn(day));
    }

    private void requireRoom(LeaseId lease, Consumer<SpaceSchedule> change) {
        schedule.firstOverfullDay(lease, change, area).ifPresent(overfull -> {
            long free = Math.max(0, area.hundredths() - overfull.othersHundredths());
            throw new RuleViolation(ProblemCode.UNIT_ALREADY_LEASED, "Unit " + code + " has " + new AreaM2(free)
                    + " m2 free on " + overfull.day() + "; the lease would hold " + overfull.requested()
                    + " m2 that day.");
        });
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        code = event.code();
        area = event.area();
        availableFrom = event.availableFrom();
    }

    @EventSourcingHandler
    void on(UnitSpaceAllocated event) {
        schedule.allocate(event.leaseId(), event.area(), event.from(), event.to());
    }

    @EventSourcingHandler
    void on(UnitSpaceReallocated event) {
        schedule.reallocate(event.leaseId(), event.effectiveDate(), event.area(), event.to());
    }

    @EventSourcingHandler
    void on(UnitSpaceReleased event) {
        schedule.release(event.leaseId(), event.lastDay());
    }
}
