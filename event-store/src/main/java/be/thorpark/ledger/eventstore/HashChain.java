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

    /**
     * One digest per thread, reset by each {@code digest()}: looking the algorithm up again for
     * every event cost a verification of a long history a noticeable share of its time.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 =
            ThreadLocal.withInitial(HashChain::sha256);

    private static final HexFormat HEX = HexFormat.of();

    public static String next(String previousHash, StoredEvent event) {
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digestCanonical(sha256, event);
        return HEX.formatHex(sha256.digest());
    }

    /**
     * Feeds the UTF-8 bytes of {@link #canonical} to the digest field by field, without building
     * the canonical text first: the same bytes, so the same hash, with one copy of each field less.
     * A field is a whole string between separators, so encoding it alone gives the bytes it has
     * inside the whole text.
     */
    private static void digestCanonical(MessageDigest sha256, StoredEvent e) {
        field(sha256, Long.toString(e.position()));
        field(sha256, e.eventId());
        field(sha256, e.aggregateType());
        field(sha256, e.aggregateId());
        field(sha256, Long.toString(e.sequence()));
        field(sha256, e.timestamp().toString());
        field(sha256, e.recordedAt().toString());
        field(sha256, e.payloadType());
        field(sha256, e.payloadRevision());
        field(sha256, e.payload());
        field(sha256, e.metadata());
    }

    private static void field(MessageDigest sha256, String field) {
        String value = field == null ? "" : field;
        int length = field == null ? -1 : value.length();
        sha256.update((length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(value.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) ';');
    }

    /**
     * Length-prefixed fields, so no choice of field contents can make two different events
     * canonicalise alike. The hash covers the UTF-8 bytes of this text ({@link #next} feeds them
     * without building it).
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
