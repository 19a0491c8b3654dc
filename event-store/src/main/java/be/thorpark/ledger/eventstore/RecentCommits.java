package be.thorpark.ledger.eventstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last commits this process made durable, as they were stored, so that its own processors read
 * what was just appended from memory instead of asking the store for it once per processor.
 *
 * <p>Only an unbroken run is kept: consecutive commit numbers and positions. A commit that does not
 * follow the last one (another process wrote in between, or a write whose outcome was unknown)
 * starts a new run, so whatever is answered from here is exactly the stored history at those
 * positions. A position outside the run is answered by the store. The run is bounded by a number of
 * events; the oldest commits leave first.
 */
final class RecentCommits {

    private final int maxEvents;
    private StoredCommit[] ring = new StoredCommit[64];
    private final Map<String, KeyedCommit> byKey = new HashMap<>();
    private final Map<Long, String> keyOf = new HashMap<>();
    private int first;
    private int size;
    private int events;

    RecentCommits(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    /** Called by the writer once {@code commit} is durable, in commit order. */
    synchronized void add(StoredCommit commit) {
        add(commit, null);
    }

    /** As {@link #add(StoredCommit)}, for a commit stored under {@code key} (may be null). */
    synchronized void add(StoredCommit commit, CommitKey key) {
        if (maxEvents <= 0) {
            return;
        }
        if (size > 0) {
            StoredCommit last = at(size - 1);
            if (commit.sequence() != last.sequence() + 1
                    || commit.firstPosition() != last.lastPosition() + 1) {
                clear();
            }
        }
        if (size == ring.length) {
            grow();
        }
        ring[(first + size) % ring.length] = commit;
        size++;
        if (key != null) {
            byKey.put(key.key(), new KeyedCommit(key.requestHash(), commit));
            keyOf.put(commit.sequence(), key.key());
        }
        events += commit.events().size();
        while (events > maxEvents && size > 1) {
            StoredCommit oldest = ring[first];
            ring[first] = null;
            first = (first + 1) % ring.length;
            size--;
            events -= oldest.events().size();
            String oldestKey = keyOf.remove(oldest.sequence());
            if (oldestKey != null) {
                byKey.remove(oldestKey);
            }
        }
    }

    /** Forgets the run: the next commit starts a new one. */
    synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        byKey.clear();
        keyOf.clear();
        first = 0;
        size = 0;
        events = 0;
    }

    /**
     * At most {@code limit} events from {@code after + 1} on, up to the end of the run; {@code
     * null} when the run does not hold position {@code after + 1}, so the store must answer.
     */
    synchronized List<StoredEvent> after(long after, int limit) {
        int index = indexHolding(after + 1);
        if (index < 0 || limit <= 0) {
            return null;
        }
        List<StoredEvent> read = new ArrayList<>(Math.min(limit, 256));
        for (int i = index; i < size && read.size() < limit; i++) {
            for (StoredEvent e : at(i).events()) {
                if (e.position() > after && read.size() < limit) {
                    read.add(e);
                }
            }
        }
        return read;
    }

    /** The commit of the run stored under {@code key}, if there is one; else the store knows. */
    synchronized KeyedCommit byKey(String key) {
        return byKey.get(key);
    }

    /**
     * The number of the commit that follows the one ending at {@code position}, when that commit is
     * in the run; else 0.
     */
    synchronized long commitStartingAfter(long position) {
        int index = indexHolding(position);
        if (index < 0 || at(index).lastPosition() != position) {
            return 0;
        }
        return at(index).sequence() + 1;
    }

    /** The index in the run of the commit holding {@code position}, by binary search; else -1. */
    private int indexHolding(long position) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            StoredCommit commit = at(mid);
            if (position < commit.firstPosition()) {
                high = mid - 1;
            } else if (position > commit.lastPosition()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private StoredCommit at(int index) {
        return ring[(first + index) % ring.length];
    }

    private void grow() {
        StoredCommit[] bigger = new StoredCommit[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = at(i);
        }
        ring = bigger;
        first = 0;
    }
}
