package be.thorpark.ledger.eventstore.evidence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The embedded server's layout: GridFS's idea with exact keys. {@value #FILES} holds one document
 * per file ({@code _id} its sha256), {@value #CHUNKS} its bytes in chunks of {@value #CHUNK_BYTES}
 * bytes keyed {@code <sha256>/<n>}. GridFS proper finds chunks by a {@code files_id} filter, which
 * the embedded server answers by scanning every chunk; naming each chunk by its key keeps a
 * download an exact-key read there. Chunks are written before the file document, so a file is
 * visible only once all its bytes are stored; a second upload of the same bytes finds the file
 * document and changes nothing.
 */
final class ExactKeyEvidenceStore implements EvidenceStore {

    static final String FILES = "evidence_files";
    static final String CHUNKS = "evidence_chunks";

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;

    ExactKeyEvidenceStore(MongoDatabase database) {
        this.files = database.getCollection(FILES);
        this.chunks = database.getCollection(CHUNKS);
    }

    @Override
    public Stored store(
            byte[] bytes,
            String fileName,
            String mediaType,
            String kind,
            String uploadedBy,
            Instant at) {
        String sha256 = EvidenceStore.sha256(bytes);
        Optional<EvidenceFile> existing = find(sha256);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        int count = Math.max(1, (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        for (int n = 0; n < count; n++) {
            int from = n * CHUNK_BYTES;
            int to = Math.min(bytes.length, from + CHUNK_BYTES);
            byte[] part = java.util.Arrays.copyOfRange(bytes, from, to);
            Document chunk =
                    new Document("_id", chunkKey(sha256, n)).append("data", new Binary(part));
            chunks.replaceOne(
                    Filters.eq("_id", chunk.get("_id")),
                    chunk,
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        EvidenceFile file =
                new EvidenceFile(
                        sha256, fileName, mediaType, bytes.length, kind, uploadedBy, at, count);
        try {
            files.insertOne(document(file));
            return new Stored(file, true);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return new Stored(find(sha256).orElseThrow(), false);
            }
            throw e;
        }
    }

    @Override
    public Optional<EvidenceFile> find(String sha256) {
        return Optional.ofNullable(files.find(Filters.eq("_id", sha256)).first())
                .map(ExactKeyEvidenceStore::file);
    }

    @Override
    public Map<String, EvidenceFile> findAll(List<String> sha256s) {
        List<EvidenceFile> found = new ArrayList<>();
        files.find(Filters.in("_id", sha256s)).forEach(d -> found.add(file(d)));
        return found.stream()
                .collect(Collectors.toMap(EvidenceFile::sha256, Function.identity(), (a, b) -> a));
    }

    @Override
    public Optional<byte[]> storedBytes(String sha256) {
        Optional<EvidenceFile> file = find(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < file.get().chunks(); n++) {
            keys.add(chunkKey(sha256, n));
        }
        Map<Object, byte[]> parts = new java.util.HashMap<>();
        chunks.find(Filters.in("_id", keys))
                .forEach(d -> parts.put(d.get("_id"), d.get("data", Binary.class).getData()));
        java.io.ByteArrayOutputStream out =
                new java.io.ByteArrayOutputStream((int) file.get().sizeBytes());
        for (String key : keys) {
            byte[] part = parts.get(key);
            if (part == null) {
                throw new IllegalStateException("evidence " + sha256 + " misses chunk " + key);
            }
            out.writeBytes(part);
        }
        return Optional.of(out.toByteArray());
    }

    private static Document document(EvidenceFile file) {
        return new Document("_id", file.sha256())
                .append("fileName", file.fileName())
                .append("mediaType", file.mediaType())
                .append("sizeBytes", file.sizeBytes())
                .append("kind", file.kind())
                .append("uploadedBy", file.uploadedBy())
                .append("uploadedAt", Date.from(file.uploadedAt()))
                .append("chunks", file.chunks());
    }

    private static EvidenceFile file(Document d) {
        return new EvidenceFile(
                d.getString("_id"),
                d.getString("fileName"),
                d.getString("mediaType"),
                ((Number) d.get("sizeBytes")).longValue(),
                d.getString("kind"),
                d.getString("uploadedBy"),
                d.getDate("uploadedAt").toInstant(),
                d.getInteger("chunks"));
    }

    private static String chunkKey(String sha256, int n) {
        return sha256 + "/" + n;
    }
}
