package be.thorpark.ledger.command.space;

import be.thorpark.ledger.command.history.EntityHistory;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.command.rules.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers a unit once: its id comes from building and code, so a second registration of the same unit is refused by
 * name here, and a simultaneous one by the event store's version check.
 */
@Component
class UnitRegistration {

    private final Repository<Unit> units;
    private final EntityHistory history;

    UnitRegistration(Repository<Unit> units, EntityHistory history) {
        this.units = units;
        this.history = history;
    }

    @CommandHandler
    void handle(RegisterUnit command) throws Exception {
        if (history.exists(command.unitId().value())) {
            throw new RuleViolation(ProblemCode.UNIT_ALREADY_REGISTERED, "Unit " + command.code() + " of building " + command.building() + " is already registered.");
        }
        units.newInstance(() -> new Unit(command));
    }
}
