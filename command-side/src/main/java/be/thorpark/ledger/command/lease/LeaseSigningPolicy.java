package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.command.space.Unit;
import be.thorpark.ledger.command.tenant.Tenant;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Who signs a lease on what: a registered tenant that has not departed from the campus (whatever
 * the lease's start date), on a registered unit. Tenants and units are never deleted, so
 * "registered" cannot stop being true between this check and the commit. The tenant is read, not
 * written: a departure recorded in the same instant as a signing is not excluded, and both stay on
 * record with their dates.
 */
final class LeaseSigningPolicy {

    private final Repository<Unit> units;
    private final Repository<Tenant> tenants;

    LeaseSigningPolicy(Repository<Unit> units, Repository<Tenant> tenants) {
        this.units = units;
        this.tenants = tenants;
    }

    /** The unit the lease is signed on, once the tenant may sign it. */
    Aggregate<Unit> requireParties(SignLease command) {
        Aggregate<Tenant> tenant =
                load(
                        tenants,
                        command.tenantId().value(),
                        ProblemCode.TENANT_NOT_REGISTERED,
                        "No tenant " + command.tenantId() + " is registered.");
        LocalDate departedOn = tenant.invoke(Tenant::departedOn);
        if (departedOn != null) {
            throw new RuleViolation(
                    ProblemCode.TENANT_DEPARTED,
                    tenant.invoke(Tenant::name)
                            + " departed from the "
                            + "campus on "
                            + departedOn
                            + " and gets no new lease.");
        }
        return load(
                units,
                command.unitId().value(),
                ProblemCode.UNIT_NOT_REGISTERED,
                "No unit " + command.unitId() + " is registered.");
    }

    private static <T> Aggregate<T> load(
            Repository<T> repository, String id, ProblemCode code, String message) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation(code, message);
        }
    }
}
