package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.command.space.Unit;
import be.thorpark.ledger.command.tenant.Tenant;
import be.thorpark.ledger.events.lease.LeaseAmended;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Lease commands touch the lease and its unit in one unit of work, so their events are stored in one commit: the
 * unit's new version is checked by the event store, and of two leases racing for the last free area of a unit only
 * one can be stored. The tenant is read to check it is registered and has not departed.
 */
@Component
class LeaseCommandHandler {

    private final Repository<Lease> leases;
    private final Repository<Unit> units;
    private final Repository<Tenant> tenants;

    LeaseCommandHandler(Repository<Lease> leases, Repository<Unit> units, Repository<Tenant> tenants) {
        this.leases = leases;
        this.units = units;
        this.tenants = tenants;
    }

    @CommandHandler
    void handle(SignLease command) throws Exception {
        Aggregate<Tenant> tenant = load(tenants, command.tenantId().value(), ProblemCode.TENANT_NOT_REGISTERED,
                "No tenant " + command.tenantId() + " is registered.");
        tenant.execute(t -> t.requireLeasable());
        Aggregate<Unit> unit = load(units, command.unitId().value(), ProblemCode.UNIT_NOT_REGISTERED,
                "No unit " + command.unitId() + " is registered.");
        leases.newInstance(() -> new Lease(command));
        unit.execute(u -> u.allocate(command.leaseId(), command.area(), command.startDate(), command.endDate()));
    }

    @CommandHandler
    void handle(AmendLease command) {
        Aggregate<Lease> lease = leases.load(command.leaseId().value(), command.expectedVersion());
        LeaseAmended amended = lease.invoke(l -> l.amend(command));
        Aggregate<Unit> unit = units.load(lease.invoke(Lease::unitId).value());
        unit.execute(u -> u.reallocate(command.leaseId(), amended.effectiveDate(), amended.area(),
                amended.endDate()));
    }

    @CommandHandler
    void handle(TerminateLease command) {
        Aggregate<Lease> lease = leases.load(command.leaseId().value(), command.expectedVersion());
        lease.execute(l -> l.terminate(command));
        units.load(lease.invoke(Lease::unitId).value())
                .execute(u -> u.release(command.leaseId(), command.lastDay()));
    }

    private static <T> Aggregate<T> load(Repository<T> repository, String id, ProblemCode code,
                                          String message) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation(code, message);
        }
    }
}
