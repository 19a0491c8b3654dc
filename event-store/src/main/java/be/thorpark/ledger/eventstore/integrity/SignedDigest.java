package be.thorpark.ledger.eventstore.integrity;

import java.time.Instant;
import java.util.Base64;

/**
 * A statement, signed with the ledger's key, of what the history was at one moment: an auditor
 * keeps it outside the database and later proves that today's history still extends it unchanged.
 *
 * @param headPosition last position at that moment
 * @param headHash the chained hash at that position
 * @param issuedAt when the digest was made
 * @param keyId which key signed it
 * @param signature base64 Ed25519 signature over {@link #signedText()}
 */
public record SignedDigest(
        long headPosition, String headHash, Instant issuedAt, String keyId, String signature) {

    static final String FORMAT = "campus-ledger-digest/v1";

    public static SignedDigest sign(
            SigningKey key, long headPosition, String headHash, Instant issuedAt) {
        String text = text(headPosition, headHash, issuedAt);
        return new SignedDigest(
                headPosition,
                headHash,
                issuedAt,
                key.keyId(),
                Base64.getEncoder().encodeToString(key.sign(text)));
    }

    public String signedText() {
        return text(headPosition, headHash, issuedAt);
    }

    public boolean signatureValid(java.security.PublicKey key) {
        try {
            return SigningKey.verify(key, signedText(), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(long headPosition, String headHash, Instant issuedAt) {
        return FORMAT + "\n" + headPosition + "\n" + headHash + "\n" + issuedAt;
    }
}
