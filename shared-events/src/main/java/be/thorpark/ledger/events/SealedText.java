package be.thorpark.ledger.events;

/**
 * Personal data sealed with the key of one data subject. The key lives outside the event store;
 * destroying it erases the data while the event, and the hash chain over it, stay as they are.
 *
 * @param subjectId the person whose key sealed the text
 * @param ciphertext base64 of the initialisation vector followed by the AES-GCM ciphertext
 */
public record SealedText(String subjectId, String ciphertext) {

    public SealedText {
        if (subjectId == null || subjectId.isBlank()) {
            throw new IllegalArgumentException("sealed text names its data subject");
        }
        if (ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("sealed text carries a ciphertext");
        }
    }
}
