package be.thorpark.ledger.command.tenant;

import static be.thorpark.ledger.command.CampusMother.BATTERY_START_UP;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.PersonalDataErased;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class KeyShredderTest {

    private static final PersonalDataErased ERASED =
            new PersonalDataErased(
                    BATTERY_START_UP.tenantId(), BATTERY_START_UP.contact().personId());

    private final List<String> forgotten = new ArrayList<>();
    private final KeyShredder shredder =
            new KeyShredder(
                    new ContactSealer() {
                        @Override
                        public ContactPerson seal(String name, String email) {
                            throw new UnsupportedOperationException(
                                    "sealing is not part of erasure");
                        }

                        @Override
                        public void forget(String personId) {
                            forgotten.add(personId);
                        }
                    });

    @Test
    void theKeyIsDestroyedOnceTheErasureIsCommitted() {
        DefaultUnitOfWork<?> unitOfWork =
                DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(ERASED));
        shredder.on(ERASED);

        assertThat(forgotten).isEmpty();
        unitOfWork.commit();
        assertThat(forgotten).containsExactly(ERASED.personId());
    }

    @Test
    void aRolledBackErasureKeepsTheKey() {
        DefaultUnitOfWork<?> unitOfWork =
                DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(ERASED));
        shredder.on(ERASED);

        unitOfWork.rollback(new IllegalStateException("the append failed"));

        assertThat(forgotten).isEmpty();
    }

    @Test
    void anErasureReplayedOutsideACommandDestroysTheKeyAtOnce() {
        shredder.on(ERASED);

        assertThat(forgotten).containsExactly(ERASED.personId());
    }
}
