package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.tenant.PersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Destroys a person's key once their erasure is stored. It runs in the command's own unit of work
 * (a subscribing processor), after the commit, so a refused erasure never destroys a key.
 */
@Component
@ProcessingGroup(KeyShredder.GROUP)
class KeyShredder {

    static final String GROUP = "personal-data-erasure";

    private final ContactSealer sealer;

    KeyShredder(ContactSealer sealer) {
        this.sealer = sealer;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> sealer.forget(event.personId()));
        } else {
            sealer.forget(event.personId());
        }
    }
}
