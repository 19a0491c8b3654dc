package be.thorpark.ledger.eventstore.embedded;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file backend of the embedded server, made durable per acknowledged write of the record.
 *
 * <p>A write to the ledger's own records (commits, keys, tokens, evidence, anything not named below) is committed and
 * fsynced before its reply leaves the server; the event store groups concurrent commits into one insert, so one
 * fsync serves many clients. Writes to derived collections (the views and the processors' tracking tokens, matched by
 * {@code deferred}) wait for the next commit instead: the next durable write, or the committer a few milliseconds
 * later. They can be rebuilt from the record, so paying a commit and an fsync for each of them (several per event
 * and view) would only cap the whole ledger at the disk's fsync rate.
 *
 * <p>Deferring must not let a view fall behind its own token after a crash: a processor writes a view document and
 * then, acknowledged, its token. Every commit therefore takes a consistent cut: writes run under the shared side of
 * {@link #cut}, a commit under its exclusive side, so a commit holds either both writes or only the first, never the
 * token alone. MVStore's own background commit does not take this lock and is switched off (see
 * {@link EmbeddedMongoServer}); {@link #committer} takes its place, including its housekeeping.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "create", "drop",
            "dropdatabase", "renamecollection");

    /** Commands that name their collection as the value of the command's first key. */
    private static final Set<String> ON_ONE_COLLECTION = Set.of("insert", "update", "delete", "findandmodify");

    /** The store file's fill rate below which the committer rewrites sparse chunks, as MVStore's own writer does. */
    private static final int TARGET_FILL_RATE = 90;

    private final boolean fsync;
    private final Pattern deferred;
    private final ReadWriteLock cut = new ReentrantReadWriteLock();
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    private final Object syncLock = new Object();
    private final ScheduledExecutorService committer;
    private long syncedVersion;
    private long lastHousekeeping = System.nanoTime();

    /**
     * @param deferred     names of the collections whose writes may wait for the next commit, or null for none
     * @param commitMillis how often the committer commits deferred writes
     */
    DurableH2Backend(MVStore store, boolean fsync, Pattern deferred, int commitMillis) {
        super(store);
        this.fsync = fsync;
        this.deferred = deferred;
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-committer");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitDeferred, commitMillis, commitMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdLookupDatabase(databaseName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document command = message.getDocument();
        if (!isWrite(command)) {
            return super.handleMessage(message);
        }
        Document reply;
        cut.readLock().lock();
        try {
            reply = super.handleMessage(message);
        } finally {
            cut.readLock().unlock();
        }
        if (isDeferred(command)) {
            uncommitted.set(true);
        } else {
            makeDurable();
        }
        return reply;
    }

    private static boolean isWrite(Document command) {
        if (command == null || command.isEmpty()) {
            return false;
        }
        return WRITE_COMMANDS.contains(command.keySet().iterator().next().toLowerCase());
    }

    private boolean isDeferred(Document command) {
        if (deferred == null) {
            return false;
        }
        String name = command.keySet().iterator().next();
        return ON_ONE_COLLECTION.contains(name.toLowerCase())
                && command.get(name) instanceof String collection
                && deferred.matcher(collection).matches();
    }

    /** Commits everything written so far and returns only once it is on disk. */
    private void makeDurable() {
        MVStore store = getMvStore();
        long committed = commit(store);
        if (!fsync) {
            return;
        }
        synchronized (syncLock) {
            if (syncedVersion >= committed) {
                return; // another thread's sync, begun after this commit, already covered it
            }
            long covered;
            // Read under the shared side: no commit is half-written then, so every version up to this one is in the
            // file and the sync below makes it durable.
            cut.readLock().lock();
            try {
                covered = store.getCurrentVersion();
            } finally {
                cut.readLock().unlock();
            }
            store.sync();
            syncedVersion = covered;
        }
    }

    private long commit(MVStore store) {
        cut.writeLock().lock();
        try {
            uncommitted.set(false);
            store.commit();
            return store.getCurrentVersion();
        } finally {
            cut.writeLock().unlock();
        }
    }

    private void commitDeferred() {
        try {
            MVStore store = getMvStore();
            if (store.isClosed()) {
                return;
            }
            if (uncommitted.get()) {
                commit(store);
            }
            if (System.nanoTime() - lastHousekeeping > TimeUnit.SECONDS.toNanos(30)) {
                lastHousekeeping = System.nanoTime();
                cut.writeLock().lock();
                try {
                    if (store.compact(TARGET_FILL_RATE, 16 * 1024 * 1024)) {
                        store.commit();
                    }
                } finally {
                    cut.writeLock().unlock();
                }
            }
        } catch (RuntimeException e) {
            // The next durable write commits the same changes; a failing store shows there first.
            log.warn("Committing the embedded store's deferred writes failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        committer.shutdownNow();
        try {
            committer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.close();
    }

    /**
     * A database whose collections answer exact {@code _id} reads from the document map itself (see
     * {@link IdLookupCollection}). Its maps are the ones {@link H2Database} opens under the same names, so a store
     * written before is read as it is. An inner class because the superclass opens the existing collections from its
     * constructor, before a field of a subclass could hold the store.
     */
    private final class IdLookupDatabase extends H2Database {

        IdLookupDatabase(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            return new IdLookupCollection(this, collectionName, options, store.openMap("databases." + namespace),
                    store.openMap("meta." + namespace), cursorRegistry);
        }
    }
}
