package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.eventstore.privacy.PersonalDataVault;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Seals contact persons with the ledger's personal data vault, one key per person. */
@Component
class VaultContactSealer implements ContactSealer {

    private final PersonalDataVault vault;

    VaultContactSealer(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public ContactPerson seal(String name, String email) {
        String personId = "person-" + UUID.randomUUID();
        return new ContactPerson(
                personId,
                vault.seal(personId, name),
                email == null || email.isBlank() ? null : vault.seal(personId, email.trim()));
    }

    @Override
    public void forget(String personId) {
        vault.forget(personId);
    }
}
