package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.tenant.ContactPerson;

/** Seals a contact person's personal data with a key of their own before it goes into any event. */
public interface ContactSealer {

    ContactPerson seal(String name, String email);

    /** Destroys the person's key: every sealed value of that person becomes unreadable for good. */
    void forget(String personId);
}
