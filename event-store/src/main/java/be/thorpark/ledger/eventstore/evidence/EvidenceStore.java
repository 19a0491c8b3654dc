package be.thorpark.ledger.eventstore.evidence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evidence documents (invoices, proofs of payment, procurement files) addressed by the SHA-256 of their bytes.
 * <p>
 * The layout is GridFS's idea with exact keys: {@value #FILES} holds one document per file ({@code _id} its sha256),
 * {@value #CHUNKS} its bytes in chunks of {@value #CHUNK_BYTES} bytes keyed {@code <sha256>/<n>}. GridFS proper
 * finds chunks by a non-unique {@code files_id} index, which the embedded server answers by scanning every chunk;
 * naming each chunk by its key keeps a download an exact-key read on both servers. Chunks are written before the file
 * document, so a file is visible only once all its bytes are stored; a second upload of the same bytes finds the file
 * document and changes nothing: evidence is never replaced.
 */
public class EvidenceStore {

    public static final String FILES = "evidence_files";
    public static final String CHUNKS = "evidence_chunks";
    static final int CHUNK_BYTES = 255 * 1024;

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;

    public EvidenceStore(MongoDatabase database) {
        this.files = database.getCollection(FILES);
        this.chunks = database.getCollection(CHUNKS);
    }

    /** Stores the bytes unless they are stored already; answers the stored file and whether this call stored it. */
    public Stored store(byte[] bytes, String fileName, String mediaType, String kind, String uploadedBy, Instant at) {
        String sha256 = sha256(bytes);
        Optional<EvidenceFile> existing = find(sha256);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        int count = Math.max(1, (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        for (int n = 0; n < count; n++) {
            int from = n * CHUNK_BYTES;
            int to = Math.min(bytes.length, from + CHUNK_BYTES);
            byte[] part = java.util.Arrays.copyOfRange(bytes, from, to);
            Document chunk = new Document("_id", chunkKey(sha256, n)).append("data", new Binary(part));
            chunks.replaceOne(Filters.eq("_id", chunk.get("_id")), chunk,
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        EvidenceFile file = new EvidenceFile(sha256, fileName, mediaType, bytes.length, kind, uploadedBy, at, count);
        try {
            files.insertOne(file.toDocument());
            return new Stored(file, true);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return new Stored(find(sha256).orElseThrow(), false);
            }
            throw e;
        }
    }

    public Optional<EvidenceFile> find(String sha256) {
        return Optional.ofNullable(files.find(Filters.eq("_id", sha256)).first()).map(EvidenceFile::of);
    }

    public Map<String, EvidenceFile> findAll(List<String> sha256s) {
        List<EvidenceFile> found = new ArrayList<>();
        files.find(Filters.in("_id", sha256s)).forEach(d -> found.add(EvidenceFile.of(d)));
        return found.stream().collect(Collectors.toMap(EvidenceFile::sha256, Function.identity(), (a, b) -> a));
    }

    /** The file's bytes, checked against its hash so a damaged store never serves something else as the evidence. */
    public Optional<byte[]> read(String sha256) {
        Optional<EvidenceFile> file = find(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < file.get().chunks(); n++) {
            keys.add(chunkKey(sha256, n));
        }
        Map<Object, byte[]> parts = new java.util.HashMap<>();
        chunks.find(Filters.in("_id", keys)).forEach(d -> parts.put(d.get("_id"), d.get("data", Binary.class).getData()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) file.get().sizeBytes());
        for (String key : keys) {
            byte[] part = parts.get(key);
            if (part == null) {
                throw new IllegalStateException("evidence " + sha256 + " misses chunk " + key);
            }
            out.writeBytes(part);
        }
        byte[] bytes = out.toByteArray();
        if (!sha256(bytes).equals(sha256)) {
            throw new IllegalStateException("evidence " + sha256 + " does not match its hash");
        }
        return Optional.of(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String chunkKey(String sha256, int n) {
        return sha256 + "/" + n;
    }

    /** The outcome of an upload. */
    public record Stored(EvidenceFile file, boolean created) {
    }

    /** What is known of a stored evidence file besides its bytes. */
    public record EvidenceFile(String sha256, String fileName, String mediaType, long sizeBytes, String kind,
                               String uploadedBy, Instant uploadedAt, int chunks) {

        Document toDocument() {
            return new Document("_id", sha256).append("fileName", fileName).append("mediaType", mediaType)
                    .append("sizeBytes", sizeBytes).append("kind", kind).append("uploadedBy", uploadedBy)
                    .append("uploadedAt", Date.from(uploadedAt)).append("chunks", chunks);
        }

        static EvidenceFile of(Document d) {
            return new EvidenceFile(d.getString("_id"), d.getString("fileName"), d.getString("mediaType"),
                    ((Number) d.get("sizeBytes")).longValue(), d.getString("kind"), d.getString("uploadedBy"),
                    d.getDate("uploadedAt").toInstant(), d.getInteger("chunks"));
        }
    }
}
