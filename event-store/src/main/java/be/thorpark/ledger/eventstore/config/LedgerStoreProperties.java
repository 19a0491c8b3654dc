package be.thorpark.ledger.eventstore.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger keeps its history. Set from the environment: {@code MONGODB_URI} (a real
 * MongoDB; when absent the embedded server starts), {@code CAMPUS_DATA_DIR} (the embedded server's
 * folder).
 */
@ConfigurationProperties("campus")
public record LedgerStoreProperties(
        Mongodb mongodb, Embedded embedded, EventStore eventStore, Path dataDir) {

    public LedgerStoreProperties {
        mongodb = mongodb == null ? new Mongodb(null, null, null) : mongodb;
        embedded = embedded == null ? new Embedded(null, 0, 0, null) : embedded;
        eventStore = eventStore == null ? new EventStore(0, null, 0, 0, null) : eventStore;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embeddedServer() {
        return mongodb.uri() == null || mongodb.uri().isBlank();
    }

    /**
     * @param uri connection string of a real MongoDB; blank for the embedded server
     * @param database database name
     * @param writeConcern {@code majority} (default), {@code w1}, or a number of nodes
     */
    public record Mongodb(String uri, String database, String writeConcern) {
        public Mongodb {
            database = database == null || database.isBlank() ? "campus_ledger" : database;
            writeConcern =
                    writeConcern == null || writeConcern.isBlank() ? "majority" : writeConcern;
        }
    }

    /**
     * @param bindAddress address the embedded server listens on (loopback by default)
     * @param port its port; 0 picks a free one
     * @param cacheMb its page cache in MB
     * @param compress whether its store file pages are compressed (LZF; on by default)
     */
    public record Embedded(String bindAddress, int port, int cacheMb, Boolean compress) {
        public Embedded {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
            // The page cache lives on the heap: 64 MB keeps a campus's working set and fits the 256
            // MB heap of
            // jvm.options.
            cacheMb = cacheMb <= 0 ? 64 : cacheMb;
            compress = compress == null || compress;
        }
    }

    /**
     * @param snapshotThreshold events after which an aggregate is snapshotted
     * @param fetchDelay how long a tracking reader waits before looking again for events written by
     *     another process (events of this process wake it at once)
     * @param batchSize events per read
     * @param maxCommitsPerWrite commits written together at most
     * @param recentEvents events of this process's last commits kept in memory for its own
     *     processors (0: none)
     */
    public record EventStore(
            int snapshotThreshold,
            Duration fetchDelay,
            int batchSize,
            int maxCommitsPerWrite,
            Integer recentEvents) {
        public EventStore {
            snapshotThreshold = snapshotThreshold <= 0 ? 100 : snapshotThreshold;
            fetchDelay = fetchDelay == null ? Duration.ofMillis(200) : fetchDelay;
            batchSize = batchSize <= 0 ? 100 : batchSize;
            maxCommitsPerWrite = maxCommitsPerWrite <= 0 ? 256 : maxCommitsPerWrite;
            recentEvents = recentEvents == null || recentEvents < 0 ? 4096 : recentEvents;
        }
    }
}
