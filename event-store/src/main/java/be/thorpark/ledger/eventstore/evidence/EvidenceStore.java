package be.thorpark.ledger.eventstore.evidence;

import com.mongodb.client.MongoDatabase;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence documents (invoices, proofs of payment, procurement files) addressed by the SHA-256 of
 * their bytes, never replaced: a second upload of the same bytes answers the stored file and
 * changes nothing.
 *
 * <p>Two layouts behind one contract, chosen by {@link #on}: GridFS on a real MongoDB, and an
 * exact-key chunk layout on the embedded server, whose only indexed reads are exact keys.
 */
public interface EvidenceStore {

    int CHUNK_BYTES = 255 * 1024;

    /**
     * The layout for the store: GridFS on a real MongoDB, exact-key chunks on the embedded server
     * this process runs; reads look in both (see {@link ReadingBothLayouts}).
     */
    static EvidenceStore on(MongoDatabase database, boolean embeddedServer) {
        EvidenceStore exactKey = new ExactKeyEvidenceStore(database);
        EvidenceStore gridFs = new GridFsEvidenceStore(database);
        return embeddedServer
                ? new ReadingBothLayouts(exactKey, gridFs)
                : new ReadingBothLayouts(gridFs, exactKey);
    }

    /**
     * Stores the bytes unless they are stored already; answers the stored file and whether this
     * call stored it.
     */
    Stored store(
            byte[] bytes,
            String fileName,
            String mediaType,
            String kind,
            String uploadedBy,
            Instant at);

    Optional<EvidenceFile> find(String sha256);

    Map<String, EvidenceFile> findAll(List<String> sha256s);

    /** The bytes as the layout holds them, unchecked; {@link #read} is what serves them. */
    Optional<byte[]> storedBytes(String sha256);

    /**
     * The file's bytes, checked against its hash so a damaged store never serves something else as
     * the evidence.
     */
    default Optional<byte[]> read(String sha256) {
        Optional<byte[]> bytes = storedBytes(sha256);
        if (bytes.isPresent() && !sha256(bytes.get()).equals(sha256)) {
            throw new IllegalStateException("evidence " + sha256 + " does not match its hash");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of an upload. */
    record Stored(EvidenceFile file, boolean created) {}

    /** What is known of a stored evidence file besides its bytes. */
    record EvidenceFile(
            String sha256,
            String fileName,
            String mediaType,
            long sizeBytes,
            String kind,
            String uploadedBy,
            Instant uploadedAt,
            int chunks) {}
}
