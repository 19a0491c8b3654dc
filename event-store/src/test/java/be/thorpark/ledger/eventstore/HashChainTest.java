package be.thorpark.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The chain's hash is SHA-256 over the previous hash and the UTF-8 bytes of the canonical text;
 * {@link HashChain#next} feeds those bytes field by field, and must give the same hash for every
 * event, whatever its fields hold.
 */
class HashChainTest {

    @Property(tries = 500)
    void theHashIsTheDigestOfThePreviousHashAndTheCanonicalText(
            @ForAll("events") StoredEvent event, @ForAll("hashes") String previous)
            throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha256.update(HashChain.canonical(event).getBytes(StandardCharsets.UTF_8));
        assertThat(HashChain.next(previous, event))
                .isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    /** A hash written by an earlier build: stored histories must keep verifying. */
    @Test
    void aKnownEventKeepsTheHashItWasStoredWith() {
        StoredEvent event =
                new StoredEvent(
                        7,
                        "e-7",
                        "Unit",
                        "u-1",
                        2,
                        Instant.parse("2026-03-01T10:00:00Z"),
                        Instant.parse("2026-03-01T10:00:00.123Z"),
                        "be.thorpark.UnitRegistered",
                        "1",
                        "{\"area\":\"120 m²\"}",
                        "{}",
                        null);
        assertThat(HashChain.canonical(event))
                .isEqualTo(
                        "1:7;3:e-7;4:Unit;3:u-1;1:2;20:2026-03-01T10:00:00Z;"
                                + "24:2026-03-01T10:00:00.123Z;26:be.thorpark.UnitRegistered;"
                                + "1:1;17:{\"area\":\"120 m²\"};2:{};");
        // SHA-256 of 64 zeros and the text above, computed outside Java.
        assertThat(HashChain.next(HashChain.GENESIS, event))
                .isEqualTo("e43bf1601ed1391f011e5521b39161547cf0f15298b734a05445dd78e12664ed");
    }

    @Provide
    Arbitrary<String> hashes() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
    }

    @Provide
    Arbitrary<StoredEvent> events() {
        // Any text, lone surrogates and characters outside the basic plane included, and absent
        // fields where the store allows them.
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> optional = text.injectNull(0.2);
        Arbitrary<Instant> instants =
                Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        return Combinators.combine(
                        Arbitraries.longs().between(1, Long.MAX_VALUE),
                        text,
                        optional.list().ofSize(4),
                        Arbitraries.longs().between(0, 1_000_000),
                        instants,
                        instants,
                        Arbitraries.strings().all().ofMaxLength(2000),
                        text)
                .as(
                        (position, id, optionals, sequence, at, recorded, payload, metadata) ->
                                new StoredEvent(
                                        position,
                                        id,
                                        optionals.get(0),
                                        optionals.get(1),
                                        sequence,
                                        at,
                                        recorded,
                                        optionals.get(2),
                                        optionals.get(3),
                                        payload,
                                        metadata,
                                        null));
    }
}
