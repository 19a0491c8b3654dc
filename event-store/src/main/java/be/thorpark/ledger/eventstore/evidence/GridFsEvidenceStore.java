package be.thorpark.ledger.eventstore.evidence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.BsonString;
import org.bson.Document;

/**
 * A real MongoDB's layout: the driver's GridFS bucket {@value #BUCKET} ({@code evidence.files},
 * {@code evidence.chunks}), each file's {@code _id} its sha256 and what the ledger knows of it in
 * {@code metadata}. GridFS writes the chunks before the file document, so a file is visible only
 * once all its bytes are stored.
 *
 * <p>Chunks left by an upload that died midway (no file document) make the next upload of the same
 * bytes fail on GridFS's unique {@code files_id, n} index; they are then deleted and the upload is
 * tried once more. Uploads of one hash are serialized here so that this never deletes the chunks of
 * an upload still running (the command side is the only writer).
 */
final class GridFsEvidenceStore implements EvidenceStore {

    static final String BUCKET = "evidence";
    private static final int LOCK_STRIPES = 64;

    private final GridFSBucket bucket;
    private final MongoCollection<Document> chunks;
    private final Object[] locks = new Object[LOCK_STRIPES];

    GridFsEvidenceStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET).withChunkSizeBytes(CHUNK_BYTES);
        this.chunks = database.getCollection(BUCKET + ".chunks");
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
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
        synchronized (locks[Math.floorMod(sha256.hashCode(), LOCK_STRIPES)]) {
            Optional<EvidenceFile> existing = find(sha256);
            if (existing.isPresent()) {
                return new Stored(existing.get(), false);
            }
            Document metadata =
                    new Document("mediaType", mediaType)
                            .append("kind", kind)
                            .append("uploadedBy", uploadedBy)
                            .append("uploadedAt", Date.from(at));
            try {
                upload(sha256, bytes, fileName, metadata);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Optional<EvidenceFile> stored = find(sha256);
                if (stored.isPresent()) {
                    return new Stored(stored.get(), false);
                }
                chunks.deleteMany(Filters.eq("files_id", new BsonString(sha256)));
                upload(sha256, bytes, fileName, metadata);
            }
            return new Stored(find(sha256).orElseThrow(), true);
        }
    }

    @Override
    public Optional<EvidenceFile> find(String sha256) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", sha256)).first())
                .map(GridFsEvidenceStore::file);
    }

    @Override
    public Map<String, EvidenceFile> findAll(List<String> sha256s) {
        List<EvidenceFile> found = new ArrayList<>();
        bucket.find(Filters.in("_id", sha256s)).forEach(f -> found.add(file(f)));
        return found.stream()
                .collect(Collectors.toMap(EvidenceFile::sha256, Function.identity(), (a, b) -> a));
    }

    @Override
    public Optional<byte[]> storedBytes(String sha256) {
        if (find(sha256).isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(new BsonString(sha256), out);
        return Optional.of(out.toByteArray());
    }

    private void upload(String sha256, byte[] bytes, String fileName, Document metadata) {
        bucket.uploadFromStream(
                new BsonString(sha256),
                fileName,
                new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().chunkSizeBytes(CHUNK_BYTES).metadata(metadata));
    }

    private static EvidenceFile file(GridFSFile f) {
        Document m = f.getMetadata() == null ? new Document() : f.getMetadata();
        int chunks = (int) ((f.getLength() + f.getChunkSize() - 1) / f.getChunkSize());
        Date uploadedAt =
                m.getDate("uploadedAt") == null ? f.getUploadDate() : m.getDate("uploadedAt");
        return new EvidenceFile(
                f.getId().asString().getValue(),
                f.getFilename(),
                m.getString("mediaType"),
                f.getLength(),
                m.getString("kind"),
                m.getString("uploadedBy"),
                uploadedAt.toInstant(),
                chunks);
    }
}
