package be.thorpark.ledger.eventstore.integrity;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.HashChain;
import be.thorpark.ledger.eventstore.HistoryEnd;
import be.thorpark.ledger.eventstore.ProgressLog;
import be.thorpark.ledger.eventstore.StoredCommit;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the whole history in commit order, to the store's real end ({@link EventLog#end()}) and
 * across any gap, and recomputes the hash chain, naming the first position that is changed, missing
 * or out of order.
 */
public final class HistoryVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryVerifier.class);

    private final EventLog log;

    public HistoryVerifier(EventLog log) {
        this.log = log;
    }

    /** Verifies, reporting progress in the log while a long history is walked. */
    public VerificationResult verify() {
        long head = log.headPosition();
        ProgressLog progress = new ProgressLog(LOG, "Verifying the history");
        return verify(position -> progress.at(position, head));
    }

    /** Verifies, reporting each verified position to {@code progress}. */
    public VerificationResult verify(LongConsumer progress) {
        return verify(progress, event -> {});
    }

    /**
     * Verifies, handing each event to {@code verified} once its hash matched, in order: what {@code
     * verified} gets is the valid history up to the first broken position, so a copy made from it
     * is whole only if the result is valid.
     */
    public VerificationResult verify(LongConsumer progress, Consumer<StoredEvent> verified) {
        // The end is taken before the walk: what is appended meanwhile may extend the history,
        // never shorten it.
        HistoryEnd end = log.end();
        Walk walk = new Walk(log, progress, verified);
        log.scanCommits(end.lastCommit(), walk::accept);
        return walk.result(end);
    }

    private static final class Walk {
        private final EventLog log;
        private final LongConsumer progress;
        private final Consumer<StoredEvent> verified;
        private long expectedPosition = 1;
        private String previousHash = HashChain.GENESIS;
        private long count;
        private long lastCommit;
        private VerificationResult broken;

        Walk(EventLog log, LongConsumer progress, Consumer<StoredEvent> verified) {
            this.log = log;
            this.progress = progress;
            this.verified = verified;
        }

        void accept(StoredCommit commit) {
            if (broken != null) {
                return;
            }
            lastCommit = commit.sequence();
            for (StoredEvent event : commit.events()) {
                if (event.position() > expectedPosition) {
                    failAhead(event);
                    return;
                }
                if (event.position() < expectedPosition) {
                    fail(
                            expectedPosition,
                            VerificationResult.Problem.OUT_OF_ORDER,
                            "Position "
                                    + event.position()
                                    + " is stored again where position "
                                    + expectedPosition
                                    + " belongs");
                    return;
                }
                String recomputed = HashChain.next(previousHash, event);
                if (!recomputed.equals(event.hash())) {
                    fail(
                            expectedPosition,
                            VerificationResult.Problem.CHANGED,
                            "Event "
                                    + event.eventId()
                                    + " at position "
                                    + event.position()
                                    + " does not match its hash: its content, "
                                    + "metadata or hash was changed, or the event before it was");
                    return;
                }
                verified.accept(event);
                previousHash = event.hash();
                count++;
                progress.accept(expectedPosition);
                expectedPosition++;
            }
        }

        /**
         * A later position stands where {@code expectedPosition} belongs: moved elsewhere, or gone.
         */
        private void failAhead(StoredEvent found) {
            boolean storedElsewhere = !log.readAfter(expectedPosition - 1, 1).isEmpty();
            if (storedElsewhere) {
                fail(
                        expectedPosition,
                        VerificationResult.Problem.OUT_OF_ORDER,
                        "Position "
                                + expectedPosition
                                + " is not where the order puts it; position "
                                + found.position()
                                + " stands in its place");
            } else {
                fail(
                        expectedPosition,
                        VerificationResult.Problem.MISSING,
                        "Position "
                                + expectedPosition
                                + " is missing; the history goes on at position "
                                + found.position());
            }
        }

        private void fail(long position, VerificationResult.Problem problem, String detail) {
            broken =
                    VerificationResult.broken(
                            count, expectedPosition - 1, previousHash, position, problem, detail);
        }

        VerificationResult result(HistoryEnd end) {
            if (broken == null && end.lastPosition() >= expectedPosition) {
                fail(
                        expectedPosition,
                        VerificationResult.Problem.MISSING,
                        "Positions "
                                + expectedPosition
                                + " to "
                                + end.lastPosition()
                                + " are missing: the history stops at position "
                                + (expectedPosition - 1)
                                + " but the store holds or recorded position "
                                + end.lastPosition());
            } else if (broken == null && end.lastCommit() > lastCommit) {
                fail(
                        expectedPosition,
                        VerificationResult.Problem.MISSING,
                        "Commits "
                                + (lastCommit + 1)
                                + " to "
                                + end.lastCommit()
                                + " are missing: the history stops at position "
                                + (expectedPosition - 1)
                                + " but the store recorded commit "
                                + end.lastCommit());
            }
            return broken != null
                    ? broken
                    : VerificationResult.valid(count, expectedPosition - 1, previousHash);
        }
    }
}
