package be.thorpark.ledger.eventstore;

import java.util.Map;
import java.util.Optional;

/**
 * What the last commit appended on this thread: commands are dispatched and committed on the calling thread, so a
 * caller can learn the global position and entity version its command produced.
 */
public final class AppendReceipts {

    private static final ThreadLocal<AppendReceipt> LAST = new ThreadLocal<>();

    private AppendReceipts() {
    }

    static void record(AppendReceipt receipt) {
        LAST.set(receipt);
    }

    public static void clear() {
        LAST.remove();
    }

    /** The receipt of the last commit on this thread since {@link #clear()}, removing it. */
    public static Optional<AppendReceipt> take() {
        AppendReceipt receipt = LAST.get();
        LAST.remove();
        return Optional.ofNullable(receipt);
    }

    /**
     * @param lastPosition global position of the commit's last event
     * @param versions     each entity the commit touched, with its 1-based version after the commit
     */
    public record AppendReceipt(long lastPosition, Map<String, Long> versions) {

        public AppendReceipt {
            versions = Map.copyOf(versions);
        }

        public Optional<Long> versionOf(String aggregateId) {
            return Optional.ofNullable(versions.get(aggregateId));
        }
    }
}
