package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.events.SealedText;
import java.util.Optional;

/**
 * Opens a contact person's sealed personal data for display; empty when it can no longer be opened.
 */
public interface ContactReader {

    Optional<String> open(SealedText sealed);
}
