package be.thorpark.ledger.eventstore.integrity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed ZIP of what a report was decided on, checkable offline with the ledger's public key.
 *
 * <p>{@value #MANIFEST} names the report, the signed digest of the history at the report's decision
 * position, and the SHA-256 and size of every other file; {@value #SIGNATURE} is the Ed25519
 * signature of the manifest's bytes. Nothing in the pack depends on when it is built: entries come
 * in a fixed order with a fixed timestamp, the digest carries the recorded time of the decision
 * event, and Ed25519 signatures are deterministic, so rebuilding a pack gives the same bytes.
 */
public final class ReportPack {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    static final String FORMAT = "campus-ledger-report-pack/v1";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportPack() {}

    /** One file of the pack. */
    public record Entry(String name, byte[] bytes) {}

    public record FileHash(String name, String sha256, long size) {}

    public record Manifest(
            String format,
            String programmeId,
            String reportId,
            long decisionPosition,
            SignedDigest digest,
            List<FileHash> files) {}

    /** The outcome of a check. */
    public record Check(boolean valid, String problem, Manifest manifest) {}

    public static byte[] write(
            String programmeId,
            String reportId,
            SignedDigest digest,
            List<Entry> entries,
            SigningKey key) {
        List<FileHash> hashes =
                entries.stream()
                        .map(e -> new FileHash(e.name(), sha256(e.bytes()), e.bytes().length))
                        .toList();
        byte[] manifest =
                JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(
                                new Manifest(
                                        FORMAT,
                                        programmeId,
                                        reportId,
                                        digest.headPosition(),
                                        digest,
                                        hashes));
        byte[] signature =
                Base64.getEncoder().encode(key.sign(new String(manifest, StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, MANIFEST, manifest);
            put(zip, SIGNATURE, signature);
            for (Entry entry : entries) {
                put(zip, entry.name(), entry.bytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write the report pack", e);
        }
        return out.toByteArray();
    }

    public static Check verify(InputStream pack, PublicKey key) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(pack)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (files.put(entry.getName(), zip.readAllBytes()) != null) {
                    return new Check(false, "The pack holds " + entry.getName() + " twice", null);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Check(false, "Not a readable ZIP file: " + e.getMessage(), null);
        }
        byte[] manifestBytes = files.remove(MANIFEST);
        byte[] signature = files.remove(SIGNATURE);
        if (manifestBytes == null || signature == null) {
            return new Check(
                    false,
                    "The pack has no " + (manifestBytes == null ? MANIFEST : SIGNATURE),
                    null);
        }
        String manifestText = new String(manifestBytes, StandardCharsets.UTF_8);
        boolean signed;
        try {
            signed = SigningKey.verify(key, manifestText, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            signed = false;
        }
        if (!signed) {
            return new Check(
                    false,
                    "The manifest's signature does not verify with the given public key",
                    null);
        }
        Manifest manifest = manifest(JSON.readTree(manifestText));
        if (!FORMAT.equals(manifest.format())) {
            return new Check(false, "Unknown pack format " + manifest.format(), manifest);
        }
        if (!manifest.digest().signatureValid(key)
                || manifest.digest().headPosition() != manifest.decisionPosition()) {
            return new Check(
                    false,
                    "The digest of the history at the decision position does not verify",
                    manifest);
        }
        List<String> expected = new ArrayList<>();
        for (FileHash file : manifest.files()) {
            expected.add(file.name());
            byte[] bytes = files.get(file.name());
            if (bytes == null) {
                return new Check(false, "The pack misses " + file.name(), manifest);
            }
            if (bytes.length != file.size() || !sha256(bytes).equals(file.sha256())) {
                return new Check(
                        false, file.name() + " is not the file the manifest signed", manifest);
            }
        }
        for (String name : files.keySet()) {
            if (!expected.contains(name)) {
                return new Check(
                        false,
                        "The pack holds " + name + ", which the manifest does not name",
                        manifest);
            }
        }
        return new Check(true, null, manifest);
    }

    private static Manifest manifest(JsonNode n) {
        JsonNode d = n.get("digest");
        SignedDigest digest =
                new SignedDigest(
                        d.get("headPosition").asLong(),
                        d.get("headHash").asString(),
                        Instant.parse(d.get("issuedAt").asString()),
                        d.get("keyId").asString(),
                        d.get("signature").asString());
        List<FileHash> files = new ArrayList<>();
        for (JsonNode f : n.get("files")) {
            files.add(
                    new FileHash(
                            f.get("name").asString(),
                            f.get("sha256").asString(),
                            f.get("size").asLong()));
        }
        return new Manifest(
                n.get("format").asString(),
                n.get("programmeId").asString(),
                n.get("reportId").asString(),
                n.get("decisionPosition").asLong(),
                digest,
                files);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
