package be.thorpark.ledger.events.tenant;

import be.thorpark.ledger.events.SealedText;

/**
 * A tenant's contact person; name and e-mail are personal data and travel sealed with the person's
 * own key.
 */
public record ContactPerson(String personId, SealedText name, SealedText email) {

    public ContactPerson {
        if (personId == null || !personId.matches("person-[a-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("a contact person has an id such as person-<uuid>");
        }
        if (name == null) {
            throw new IllegalArgumentException("a contact person has a name");
        }
    }
}
