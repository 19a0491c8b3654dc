package be.thorpark.ledger.eventstore.integrity;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.HashChain;
import be.thorpark.ledger.eventstore.Progress;
import be.thorpark.ledger.eventstore.ProgressLog;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditors' export: a zip with {@code events.ndjson} (every stored event, exactly as stored, in
 * order) and a signed {@code manifest.json} (count, head position, head hash, the file's SHA-256).
 * Anyone with the public key can check it offline, without the database.
 */
public final class ExportBundle {

    private static final Logger LOG = LoggerFactory.getLogger(ExportBundle.class);

    public static final String EVENTS = "events.ndjson";
    public static final String MANIFEST = "manifest.json";
    private static final String FORMAT = "campus-ledger-export/v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExportBundle() {}

    /**
     * Writes the bundle, reading the history in batches so memory stays flat whatever its length.
     * The history is read as verification reads it, to the store's real end and across any gap, and
     * each event is written only once its hash matched: a bundle never ends silently at a gap. When
     * the history is broken (a position missing, out of order or changed) no manifest is written
     * and {@link HistoryBrokenException} names the position, so what was streamed so far is no
     * bundle anyone can check as whole.
     */
    public static Manifest write(EventLog log, SigningKey key, Clock clock, OutputStream out) {
        return write(log, key, clock, out, new ProgressLog(LOG, "Exporting the history"));
    }

    /**
     * Writes the bundle, reporting the position written against the head to {@code progress} after
     * each batch.
     */
    public static Manifest write(
            EventLog log, SigningKey key, Clock clock, OutputStream out, Progress progress) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(EVENTS));
            MessageDigest sha = sha256();
            DigestOutputStream digesting = new DigestOutputStream(zip, sha);
            long head = log.headPosition();
            VerificationResult chain =
                    new HistoryVerifier(log)
                            .verify(
                                    position -> progress.at(position, Math.max(head, position)),
                                    event -> writeLine(digesting, event));
            if (!chain.valid()) {
                throw new HistoryBrokenException(chain);
            }
            long count = chain.events();
            long position = chain.headPosition();
            String hash = chain.headHash();
            digesting.flush();
            zip.closeEntry();
            Manifest unsigned =
                    new Manifest(
                            FORMAT,
                            count,
                            position,
                            hash,
                            HexFormat.of().formatHex(sha.digest()),
                            clock.instant(),
                            key.keyId(),
                            null);
            Manifest manifest =
                    unsigned.withSignature(
                            Base64.getEncoder().encodeToString(key.sign(unsigned.signedText())));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest.toMap()));
            zip.closeEntry();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(OutputStream out, StoredEvent event) {
        try {
            out.write(JSON.writeValueAsBytes(toLine(event)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a bundle: the signature, the file's digest, and the hash chain over every line. */
    public static VerificationResult verify(InputStream bundle, PublicKey key) {
        try (ZipInputStream zip = new ZipInputStream(bundle)) {
            VerificationResult chain = null;
            String fileSha = null;
            Manifest manifest = null;
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (EVENTS.equals(entry.getName())) {
                    MessageDigest sha = sha256();
                    chain = verifyLines(new java.security.DigestInputStream(zip, sha));
                    fileSha = HexFormat.of().formatHex(sha.digest());
                } else if (MANIFEST.equals(entry.getName())) {
                    manifest = Manifest.fromJson(JSON.readTree(zip.readAllBytes()));
                }
            }
            if (chain == null || manifest == null) {
                return problem("The bundle lacks " + (chain == null ? EVENTS : MANIFEST));
            }
            if (!manifest.signatureValid(key)) {
                return problem(
                        "The manifest's signature does not verify with the given public key");
            }
            if (!chain.valid()) {
                return chain;
            }
            if (!manifest.eventsSha256().equals(fileSha)) {
                return problem(
                        "events.ndjson is not the file the manifest signed (SHA-256 differs)");
            }
            if (chain.events() != manifest.count()
                    || chain.headPosition() != manifest.headPosition()
                    || !chain.headHash().equals(manifest.headHash())) {
                return problem(
                        "The events do not end where the manifest says (count, head position or"
                                + " head hash)");
            }
            return chain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VerificationResult verifyLines(InputStream in) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long expected = 1;
        String previous = HashChain.GENESIS;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            StoredEvent event = fromLine(JSON.readTree(line));
            if (event.position() != expected) {
                return VerificationResult.broken(
                        expected - 1,
                        expected - 1,
                        previous,
                        expected,
                        event.position() > expected
                                ? VerificationResult.Problem.MISSING
                                : VerificationResult.Problem.OUT_OF_ORDER,
                        "Line for position "
                                + event.position()
                                + " stands where position "
                                + expected
                                + " belongs");
            }
            if (!HashChain.next(previous, event).equals(event.hash())) {
                return VerificationResult.broken(
                        expected - 1,
                        expected - 1,
                        previous,
                        expected,
                        VerificationResult.Problem.CHANGED,
                        "Event at position " + expected + " does not match " + "its hash");
            }
            previous = event.hash();
            expected++;
        }
        return VerificationResult.valid(expected - 1, expected - 1, previous);
    }

    private static VerificationResult problem(String detail) {
        return new VerificationResult(
                false, 0, 0, null, null, VerificationResult.Problem.CHANGED, detail);
    }

    static Map<String, Object> toLine(StoredEvent e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("position", e.position());
        line.put("eventId", e.eventId());
        line.put("aggregateType", e.aggregateType());
        line.put("aggregateId", e.aggregateId());
        line.put("sequence", e.sequence());
        line.put("timestamp", e.timestamp().toString());
        line.put("recordedAt", e.recordedAt().toString());
        line.put("payloadType", e.payloadType());
        line.put("payloadRevision", e.payloadRevision());
        line.put("payload", e.payload());
        line.put("metadata", e.metadata());
        line.put("hash", e.hash());
        return line;
    }

    static StoredEvent fromLine(JsonNode n) {
        return new StoredEvent(
                n.get("position").asLong(),
                text(n, "eventId"),
                text(n, "aggregateType"),
                text(n, "aggregateId"),
                n.get("sequence").asLong(),
                Instant.parse(text(n, "timestamp")),
                Instant.parse(text(n, "recordedAt")),
                text(n, "payloadType"),
                text(n, "payloadRevision"),
                text(n, "payload"),
                text(n, "metadata"),
                text(n, "hash"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed summary of an export. */
    public record Manifest(
            String format,
            long count,
            long headPosition,
            String headHash,
            String eventsSha256,
            Instant createdAt,
            String keyId,
            String signature) {

        String signedText() {
            return format
                    + "\n"
                    + count
                    + "\n"
                    + headPosition
                    + "\n"
                    + headHash
                    + "\n"
                    + eventsSha256
                    + "\n"
                    + createdAt;
        }

        Manifest withSignature(String newSignature) {
            return new Manifest(
                    format,
                    count,
                    headPosition,
                    headHash,
                    eventsSha256,
                    createdAt,
                    keyId,
                    newSignature);
        }

        boolean signatureValid(PublicKey key) {
            try {
                return SigningKey.verify(key, signedText(), Base64.getDecoder().decode(signature));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("format", format);
            map.put("count", count);
            map.put("headPosition", headPosition);
            map.put("headHash", headHash);
            map.put("eventsSha256", eventsSha256);
            map.put("createdAt", createdAt.toString());
            map.put("keyId", keyId);
            map.put("signature", signature);
            return map;
        }

        static Manifest fromJson(JsonNode n) {
            return new Manifest(
                    text(n, "format"),
                    n.get("count").asLong(),
                    n.get("headPosition").asLong(),
                    text(n, "headHash"),
                    text(n, "eventsSha256"),
                    Instant.parse(text(n, "createdAt")),
                    text(n, "keyId"),
                    text(n, "signature"));
        }
    }
}
