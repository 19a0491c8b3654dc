package be.thorpark.ledger.command.lease;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import be.thorpark.ledger.command.rules.InForce;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.command.space.ReallocateSpace;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.time.LocalDate;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A lease of part of a unit. Its own rules (dates, amendments, termination) live here; the unit's
 * area rule is the unit's, decided in the same unit of work, which {@link LeaseCommandHandler}
 * opens for both.
 */
@Aggregate
public class Lease {

    @AggregateIdentifier private LeaseId leaseId;
    private UnitId unitId;
    private LocalDate startDate;
    private final InForce<Terms> terms = new InForce<>();
    private LocalDate terminatedOn;
    private int amendments;

    /**
     * What a lease states from an effective date on: every field, as each amendment event states
     * them all.
     */
    private record Terms(AreaM2 area, Money monthlyRent, LocalDate endDate) {}

    protected Lease() {}

    Lease(SignLease command) {
        if (command.endDate().isBefore(command.startDate())) {
            throw new RuleViolation(
                    ProblemCode.LEASE_ENDS_BEFORE_START,
                    "A lease cannot end ("
                            + command.endDate()
                            + ") before it starts ("
                            + command.startDate()
                            + ").");
        }
        if (command.area().isZero()) {
            throw new RuleViolation(
                    ProblemCode.LEASE_AREA_ZERO, "A lease needs an area above 0 m2.");
        }
        apply(
                new LeaseSigned(
                        command.leaseId(),
                        command.tenantId(),
                        command.unitId(),
                        command.area(),
                        command.startDate(),
                        command.endDate(),
                        command.monthlyRent()));
    }

    /**
     * The terms from {@code command.effectiveDate()}; a field the command leaves out keeps the
     * value in force on that date, so a backdated amendment of the rent does not carry a later area
     * back with it.
     */
    void handle(AmendLease command) {
        requireRunningOn(command.effectiveDate(), "amended");
        Terms current = terms.on(command.effectiveDate()).orElseThrow();
        LocalDate newEnd = command.endDate() == null ? current.endDate() : command.endDate();
        if (newEnd.isBefore(command.effectiveDate())) {
            throw new RuleViolation(
                    ProblemCode.LEASE_ENDS_BEFORE_START,
                    "The new end date "
                            + newEnd
                            + " lies before the amendment's effective date "
                            + command.effectiveDate()
                            + ".");
        }
        AreaM2 newArea = command.area() == null ? current.area() : command.area();
        if (newArea.isZero()) {
            throw new RuleViolation(
                    ProblemCode.LEASE_AREA_ZERO,
                    "A lease needs an area above 0 m2; terminate it " + "instead.");
        }
        apply(
                new LeaseAmended(
                        leaseId,
                        amendments + 1,
                        command.effectiveDate(),
                        newArea,
                        command.monthlyRent() == null
                                ? current.monthlyRent()
                                : command.monthlyRent(),
                        newEnd));
    }

    void handle(TerminateLease command) {
        requireRunningOn(command.lastDay(), "terminated");
        apply(new LeaseTerminated(leaseId, unitId, command.lastDay()));
    }

    private void requireRunningOn(LocalDate day, String what) {
        if (terminatedOn != null) {
            throw new RuleViolation(
                    ProblemCode.LEASE_TERMINATED,
                    "Lease "
                            + leaseId
                            + " was terminated with "
                            + terminatedOn
                            + " as its last day; it cannot be "
                            + what
                            + ".");
        }
        LocalDate endInForce =
                day.isBefore(startDate) ? null : terms.on(day).orElseThrow().endDate();
        if (endInForce == null || day.isAfter(endInForce)) {
            throw new RuleViolation(
                    ProblemCode.DATE_OUTSIDE_LEASE,
                    "Lease "
                            + leaseId
                            + " starts "
                            + startDate
                            + (endInForce == null
                                    ? ""
                                    : " and, on the terms in force then, ends " + endInForce)
                            + "; "
                            + day
                            + " lies outside it.");
        }
    }

    UnitId unitId() {
        return unitId;
    }

    /**
     * What the unit is asked to keep for this lease from {@code day} on: the terms in force from
     * that day.
     */
    ReallocateSpace spaceFrom(LocalDate day) {
        Terms inForce = terms.on(day).orElseThrow();
        return new ReallocateSpace(leaseId, day, inForce.area(), inForce.endDate());
    }

    @EventSourcingHandler
    void on(LeaseSigned event) {
        leaseId = event.leaseId();
        unitId = event.unitId();
        startDate = event.startDate();
        terms.from(
                event.startDate(), new Terms(event.area(), event.monthlyRent(), event.endDate()));
    }

    @EventSourcingHandler
    void on(LeaseAmended event) {
        amendments = event.amendmentNumber();
        terms.from(
                event.effectiveDate(),
                new Terms(event.area(), event.monthlyRent(), event.endDate()));
    }

    @EventSourcingHandler
    void on(LeaseTerminated event) {
        terminatedOn = event.lastDay();
    }
}
