package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

/**
 * The H2 file backend of the embedded server, made durable per acknowledged write.
 *
 * <p>H2's MVStore commits in the background about once a second, so a write acknowledged to the
 * driver could still be lost by a crash in that window. This backend commits and fsyncs the store
 * after every command that changes data and before the reply leaves the server. One MVStore commit
 * covers every collection, and the event store groups concurrent commits into one insert, so one
 * fsync serves many clients. Scratch databases ({@link EmbeddedMongoServer#SCRATCH_PREFIX}) are
 * kept in memory beside the file.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS =
            Set.of(
                    "insert",
                    "update",
                    "delete",
                    "findandmodify",
                    "createindexes",
                    "dropindexes",
                    "create",
                    "drop",
                    "dropdatabase",
                    "renamecollection");

    private final boolean fsync;

    DurableH2Backend(MVStore store, boolean fsync) {
        super(store);
        this.fsync = fsync;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        if (isScratch(databaseName)) {
            // Derived data anyone can compute again: kept off the file, so it costs no fsync and
            // leaves nothing behind after a stop or a crash.
            return new MemoryDatabase(databaseName, getCursorRegistry());
        }
        return new IdLookupDatabase(databaseName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        // A query walks the maps of the version it started at. The store's background writer moves
        // live pages out of sparse chunks and frees those chunks; with a retention time of 0 (set
        // in EmbeddedMongoServer, so that a commit per write does not grow the file) a chunk could
        // be freed under a running query, which then fails with "Chunk ... not found". Marking
        // the version as in use keeps every chunk it reads until the reply is built (the server
        // collects a query's documents before its first reply).
        MVStore.TxCounter inUse = getMvStore().registerVersionUsage();
        try {
            Document reply = super.handleMessage(message);
            if (isWrite(message.getDocument()) && !isScratch(message.getDatabaseName())) {
                makeDurable();
            }
            return reply;
        } finally {
            getMvStore().deregisterVersionUsage(inUse);
        }
    }

    private static boolean isScratch(String databaseName) {
        return databaseName != null && databaseName.startsWith(EmbeddedMongoServer.SCRATCH_PREFIX);
    }

    private boolean isWrite(Document command) {
        if (command == null || command.isEmpty()) {
            return false;
        }
        return WRITE_COMMANDS.contains(command.keySet().iterator().next().toLowerCase());
    }

    private void makeDurable() {
        MVStore store = getMvStore();
        store.commit();
        if (fsync) {
            store.sync();
        }
    }

    /**
     * A database whose collections answer exact {@code _id} reads from the document map itself (see
     * {@link IdLookupCollection}). Its maps are the ones {@link H2Database} opens under the same
     * names, so a store written before is read as it is. An inner class because the superclass
     * opens the existing collections from its constructor, before a field of a subclass could hold
     * the store.
     */
    private final class IdLookupDatabase extends H2Database {

        IdLookupDatabase(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(
                String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            // Documents are kept as before; only their size in the page cache is counted as what
            // they take on the heap (see HeapSizedDocumentType).
            MVMap<Object, Document> documents =
                    store.openMap(
                            "databases." + namespace,
                            new MVMap.Builder<Object, Document>()
                                    .valueType((DataType) new HeapSizedDocumentType()));
            return new IdLookupCollection(
                    this,
                    collectionName,
                    options,
                    documents,
                    store.openMap("meta." + namespace),
                    cursorRegistry);
        }

        /**
         * The H2 backend's unique index, with keys compared as stored bytes ({@link
         * SerializedKeyType}); the same map under the same name.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            MVMap<SerializedKey, Object> map =
                    getMvStore()
                            .openMap(
                                    getFullCollectionNamespace(collectionName)
                                            + "._index_"
                                            + indexName,
                                    new MVMap.Builder<SerializedKey, Object>()
                                            .keyType(SerializedKeyType.INSTANCE));
            return new SerializedKeyUniqueIndex(map, indexName, keys, sparse);
        }
    }
}
