package be.thorpark.ledger.command.space;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitSpaceAllocated;
import be.thorpark.ledger.events.space.UnitSpaceReallocated;
import be.thorpark.ledger.events.space.UnitSpaceReleased;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A rentable unit. It is the consistency boundary for its own floor area ({@link
 * UnitCapacityPolicy}): every lease that takes, changes or gives back space of this unit appends a
 * unit event in the same commit, so two leases that together would overfill it cannot both be
 * stored. The space commands come from the lease's command handler, which loads the lease and its
 * unit in one unit of work; they are not sent on the command bus.
 */
@Aggregate
public class Unit {

    @AggregateIdentifier private UnitId unitId;
    private String code;
    private AreaM2 area;
    private LocalDate availableFrom;
    private final SpaceSchedule schedule = new SpaceSchedule();

    protected Unit() {}

    /**
     * The id comes from building and code, so a registration names the unit it creates: Axon loads
     * it if it exists, and a second registration is refused here. Two simultaneous first ones both
     * write version 1, and the store accepts one; the other is decided again and refused here.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterUnit command) {
        if (unitId != null) {
            throw new RuleViolation(
                    ProblemCode.UNIT_ALREADY_REGISTERED,
                    "Unit "
                            + command.code()
                            + " of building "
                            + command.building()
                            + " is already registered.");
        }
        if (command.area().isZero()) {
            throw new RuleViolation(ProblemCode.UNIT_AREA_ZERO, "A unit needs an area above 0 m2.");
        }
        apply(
                new UnitRegistered(
                        command.unitId(),
                        command.building(),
                        command.code(),
                        command.type(),
                        command.area(),
                        command.availableFrom()));
    }

    public void handle(AllocateSpace command) {
        if (command.from().isBefore(availableFrom)) {
            throw new RuleViolation(
                    ProblemCode.UNIT_NOT_YET_AVAILABLE,
                    "Unit "
                            + code
                            + " can be leased from "
                            + availableFrom
                            + ", not from "
                            + command.from()
                            + ".");
        }
        UnitCapacityPolicy.requireRoom(
                code,
                area,
                schedule,
                command.leaseId(),
                s -> s.allocate(command.leaseId(), command.area(), command.from(), command.to()));
        apply(
                new UnitSpaceAllocated(
                        unitId, command.leaseId(), command.area(), command.from(), command.to()));
    }

    public void handle(ReallocateSpace command) {
        UnitCapacityPolicy.requireRoom(
                code,
                area,
                schedule,
                command.leaseId(),
                s ->
                        s.reallocate(
                                command.leaseId(),
                                command.effectiveDate(),
                                command.area(),
                                command.to()));
        apply(
                new UnitSpaceReallocated(
                        unitId,
                        command.leaseId(),
                        command.effectiveDate(),
                        command.area(),
                        command.to()));
    }

    public void handle(ReleaseSpace command) {
        apply(new UnitSpaceReleased(unitId, command.leaseId(), command.lastDay()));
    }

    /** The area all leases of this unit hold on {@code day}, as the unit's rule counts it. */
    public AreaM2 leasedOn(LocalDate day) {
        return new AreaM2(schedule.leasedOn(day));
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
