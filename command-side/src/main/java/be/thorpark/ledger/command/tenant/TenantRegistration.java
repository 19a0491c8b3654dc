package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.command.history.EntityHistory;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.command.rules.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers a company once: the tenant id comes from the enterprise number, so a second registration is refused by
 * name here and a simultaneous one by the event store's version check.
 */
@Component
class TenantRegistration {

    private final Repository<Tenant> tenants;
    private final EntityHistory history;

    TenantRegistration(Repository<Tenant> tenants, EntityHistory history) {
        this.tenants = tenants;
        this.history = history;
    }

    @CommandHandler
    void handle(RegisterTenant command) throws Exception {
        if (history.exists(command.tenantId().value())) {
            throw new RuleViolation(ProblemCode.TENANT_ALREADY_REGISTERED, "A tenant with enterprise number "
                    + command.enterpriseNumber() + " is already registered.");
        }
        tenants.newInstance(() -> new Tenant(command));
    }
}
