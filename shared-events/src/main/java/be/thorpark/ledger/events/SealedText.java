package be.thorpark.ledger.events;

/**
 * Personal data as events carry it: encrypted with the key of the person it is about, so that forgetting that person
 * (erasing the key) makes every copy unreadable while the events themselves, and their hash chain, stay untouched.
 *
 * @param subjectId  the person whose key sealed the text
 * @param ciphertext base64 of the 12-byte IV followed by the AES-GCM ciphertext and tag
 */
public record SealedText(String subjectId, String ciphertext) {

    public SealedText {
        if (subjectId == null || subjectId.isBlank()) {
            throw new IllegalArgumentException("subjectId must not be blank");
        }
        if (ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("ciphertext must not be blank");
        }
    }
}
