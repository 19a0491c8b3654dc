package be.thorpark.ledger.eventstore.evidence;

import java.util.Optional;

/**
 * The document types accepted as evidence, recognized by their first bytes rather than by the name
 * or the type the client claims: a renamed executable is not an invoice.
 */
public final class EvidenceKinds {

    private EvidenceKinds() {}

    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
