package be.thorpark.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Exact-key reads of the commit collection. Gap-free numbering lets every read name the keys it
 * wants ({@code $in} over positions, commit numbers or aggregate keys), so its cost does not grow
 * with the history even on a server that answers range queries by scanning.
 */
final class CommitReader {

    private static final int PROBE_WINDOW = 256;

    /**
     * What a stored commit is read back from: its lookup keys ({@code positions}, {@code aggKeys},
     * {@code eventIds}, the command key) repeat what its events hold, and leaving them out spares
     * the server encoding them and the driver decoding them on every page of a history read.
     */
    private static final Bson STORED_COMMIT =
            Projections.include(
                    CommitDocuments.ID,
                    CommitDocuments.FIRST,
                    CommitDocuments.LAST,
                    CommitDocuments.EVENTS);

    private final MongoCollection<Document> commits;

    CommitReader(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /** The commit holding {@code position}, if it is stored. */
    Optional<StoredCommit> commitAtPosition(long position) {
        return Optional.ofNullable(
                        commits.find(Filters.eq(CommitDocuments.POSITIONS, position)).first())
                .map(CommitDocuments::fromDocument);
    }

    List<StoredCommit> commitsBySequence(long fromInclusive, int count) {
        List<Long> keys = LongStream.range(fromInclusive, fromInclusive + count).boxed().toList();
        return distinct(
                commits.find(Filters.in(CommitDocuments.ID, keys)).projection(STORED_COMMIT));
    }

    Optional<StoredCommit> commit(long sequence) {
        return Optional.ofNullable(commits.find(Filters.eq(CommitDocuments.ID, sequence)).first())
                .map(CommitDocuments::fromDocument);
    }

    Optional<KeyedCommit> commitByKey(String key) {
        return Optional.ofNullable(
                        commits.find(Filters.eq(CommitDocuments.COMMIT_KEY, key)).first())
                .map(CommitDocuments::keyedFromDocument);
    }

    List<StoredCommit> commitsByAggregateKeys(List<String> keys) {
        return distinct(
                commits.find(Filters.in(CommitDocuments.AGG_KEYS, keys)).projection(STORED_COMMIT));
    }

    boolean anyExists(String field, List<String> keys) {
        return !keys.isEmpty() && commits.find(Filters.in(field, keys)).limit(1).first() != null;
    }

    /** Follows the commit numbers forward from a known head until the next number is absent. */
    Head probeForward(Head from) {
        Head head = from;
        while (true) {
            List<StoredCommit> next = commitsBySequence(head.commitSequence() + 1, PROBE_WINDOW);
            int advanced = 0;
            for (StoredCommit commit : next) {
                if (commit.sequence() != head.commitSequence() + 1) {
                    break;
                }
                head = Head.of(commit);
                advanced++;
            }
            if (advanced < PROBE_WINDOW) {
                return head;
            }
        }
    }

    /**
     * The highest commit number, found once at start-up from a hint; without one, by the last
     * {@code _id}.
     */
    Head locateHead(long hintSequence) {
        Head start = Head.EMPTY;
        if (hintSequence > 0) {
            start = commit(hintSequence).map(Head::of).orElse(Head.EMPTY);
        }
        if (start == Head.EMPTY) {
            Document last =
                    commits.find().sort(Sorts.descending(CommitDocuments.ID)).limit(1).first();
            if (last != null) {
                start = Head.of(CommitDocuments.fromDocument(last));
            }
        }
        return probeForward(start);
    }

    /**
     * The last commit recorded strictly before (or, inclusive, at) an instant, by binary search on
     * commit numbers.
     */
    Optional<StoredCommit> lastCommitRecordedBefore(
            Instant instant, boolean inclusive, long headSequence) {
        long low = 1;
        long high = headSequence;
        StoredCommit found = null;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            Optional<StoredCommit> commit = commit(mid);
            if (commit.isEmpty()) {
                return Optional.ofNullable(found);
            }
            Instant recorded = commit.get().events().get(0).recordedAt();
            boolean before = inclusive ? !recorded.isAfter(instant) : recorded.isBefore(instant);
            if (before) {
                found = commit.get();
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The highest commit number stored. A bounded query (one document); on a server without range
     * indexes it scans once, which only verification pays, never a hot path.
     */
    long highestCommitNumber() {
        Document last =
                commits.find()
                        .projection(Projections.include(CommitDocuments.ID))
                        .sort(Sorts.descending(CommitDocuments.ID))
                        .limit(1)
                        .first();
        return last == null ? 0 : ((Number) last.get(CommitDocuments.ID)).longValue();
    }

    /**
     * The highest position stored in any commit, wherever that commit stands: the commit whose
     * highest {@code positions} element is highest (a descending sort on an array field takes each
     * document's highest element), which is its {@code last}. Sorting on the indexed field lets a
     * real MongoDB answer from the index, and the embedded server from the end of its unique index.
     */
    long highestPosition() {
        Document last =
                commits.find()
                        .projection(Projections.include(CommitDocuments.LAST))
                        .sort(Sorts.descending(CommitDocuments.POSITIONS))
                        .limit(1)
                        .first();
        return last == null || last.get(CommitDocuments.LAST) == null
                ? 0
                : ((Number) last.get(CommitDocuments.LAST)).longValue();
    }

    private static List<StoredCommit> distinct(Iterable<Document> documents) {
        Map<Object, StoredCommit> byId = new LinkedHashMap<>();
        for (Document doc : documents) {
            byId.computeIfAbsent(
                    doc.get(CommitDocuments.ID), id -> CommitDocuments.fromDocument(doc));
        }
        List<StoredCommit> result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparingLong(StoredCommit::sequence));
        return result;
    }
}
