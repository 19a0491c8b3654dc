package be.thorpark.ledger.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident chain: each event's hash covers the previous event's hash and the event's
 * canonical content, so changing, removing or reordering any stored event breaks every hash after
 * it.
 */
public final class HashChain {

    /** The hash that precedes position 1. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    public static String next(String previousHash, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonical(event).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Length-prefixed fields, so no choice of field contents can make two different events
     * canonicalise alike.
     */
    static String canonical(StoredEvent e) {
        StringBuilder out = new StringBuilder(256 + e.payload().length() + e.metadata().length());
        for (String field :
                new String[] {
                    Long.toString(e.position()),
                    e.eventId(),
                    e.aggregateType(),
                    e.aggregateId(),
                    Long.toString(e.sequence()),
                    e.timestamp().toString(),
                    e.recordedAt().toString(),
                    e.payloadType(),
                    e.payloadRevision(),
                    e.payload(),
                    e.metadata()
                }) {
            String value = field == null ? "" : field;
            out.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
