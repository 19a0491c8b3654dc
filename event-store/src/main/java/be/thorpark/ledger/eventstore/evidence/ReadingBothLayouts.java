package be.thorpark.ledger.eventstore.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes in this process's layout and reads in both. Which layout holds a file depends on the
 * process that wrote it: in split mode the query side reaches the command side's embedded server
 * through {@code MONGODB_URI}, so from its configuration alone it would take that server for a real
 * MongoDB and look in GridFS for files stored as exact-key chunks. Both lookups are exact keys (a
 * chunk key or a GridFS file id), so the second costs one key read on a miss.
 */
final class ReadingBothLayouts implements EvidenceStore {

    private final EvidenceStore writing;
    private final EvidenceStore other;

    ReadingBothLayouts(EvidenceStore writing, EvidenceStore other) {
        this.writing = writing;
        this.other = other;
    }

    @Override
    public Stored store(
            byte[] bytes,
            String fileName,
            String mediaType,
            String kind,
            String uploadedBy,
            Instant at) {
        Optional<EvidenceFile> elsewhere = other.find(EvidenceStore.sha256(bytes));
        if (elsewhere.isPresent()) {
            return new Stored(
                    elsewhere.get(), false); // never stored twice, whichever layout holds it
        }
        return writing.store(bytes, fileName, mediaType, kind, uploadedBy, at);
    }

    @Override
    public Optional<EvidenceFile> find(String sha256) {
        Optional<EvidenceFile> found = writing.find(sha256);
        return found.isPresent() ? found : other.find(sha256);
    }

    @Override
    public Map<String, EvidenceFile> findAll(List<String> sha256s) {
        Map<String, EvidenceFile> found = new HashMap<>(writing.findAll(sha256s));
        List<String> missing = new ArrayList<>(sha256s);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            found.putAll(other.findAll(missing));
        }
        return found;
    }

    @Override
    public Optional<byte[]> storedBytes(String sha256) {
        Optional<byte[]> bytes = writing.storedBytes(sha256);
        return bytes.isPresent() ? bytes : other.storedBytes(sha256);
    }
}
