package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.command.space.AllocateSpace;
import be.thorpark.ledger.command.space.ReallocateSpace;
import be.thorpark.ledger.command.space.ReleaseSpace;
import be.thorpark.ledger.command.space.Unit;
import be.thorpark.ledger.command.tenant.Tenant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Lease commands touch the lease and its unit in one unit of work, so their events are stored in
 * one commit: the unit's new version is checked by the event store, and of two leases racing for
 * the last free area of a unit only one can be stored. Each aggregate decides its own part ({@code
 * handle}); who may sign is {@link LeaseSigningPolicy}, how much a unit holds is the unit's {@code
 * UnitCapacityPolicy}.
 */
@Component
class LeaseCommandHandler {

    private final Repository<Lease> leases;
    private final Repository<Unit> units;
    private final LeaseSigningPolicy signing;

    LeaseCommandHandler(
            Repository<Lease> leases, Repository<Unit> units, Repository<Tenant> tenants) {
        this.leases = leases;
        this.units = units;
        this.signing = new LeaseSigningPolicy(units, tenants);
    }

    @CommandHandler
    void handle(SignLease command) throws Exception {
        Aggregate<Unit> unit = signing.requireParties(command);
        leases.newInstance(() -> new Lease(command));
        unit.execute(
                u ->
                        u.handle(
                                new AllocateSpace(
                                        command.leaseId(),
                                        command.area(),
                                        command.startDate(),
                                        command.endDate())));
    }

    @CommandHandler
    void handle(AmendLease command) {
        Aggregate<Lease> lease = leases.load(command.leaseId().value(), command.expectedVersion());
        lease.execute(l -> l.handle(command));
        // The unit keeps what the lease now holds from the effective date, with the terms the lease
        // filled in.
        ReallocateSpace space = lease.invoke(l -> l.spaceFrom(command.effectiveDate()));
        units.load(lease.invoke(Lease::unitId).value()).execute(u -> u.handle(space));
    }

    @CommandHandler
    void handle(TerminateLease command) {
        Aggregate<Lease> lease = leases.load(command.leaseId().value(), command.expectedVersion());
        lease.execute(l -> l.handle(command));
        units.load(lease.invoke(Lease::unitId).value())
                .execute(u -> u.handle(new ReleaseSpace(command.leaseId(), command.lastDay())));
    }
}
