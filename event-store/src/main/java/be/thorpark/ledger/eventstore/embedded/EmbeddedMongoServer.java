package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process server speaking the MongoDB wire protocol, backed by an H2 file in the data folder.
 *
 * <p>The application talks to it through the ordinary MongoDB Java driver, so the code path is the
 * one used against a real MongoDB. Every write is committed and fsynced before the server replies
 * (see {@link DurableH2Backend}), except to scratch databases ({@link #SCRATCH_PREFIX}), which live
 * in memory only.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    public static final String FILE_NAME = "campus-ledger.mv.db";

    /**
     * Databases whose names start with this are scratch: kept in memory, never written to the file
     * and gone when the server stops (time travel's views as of a position, for one). The same
     * names on a real MongoDB are ordinary databases, dropped by whoever made them.
     */
    public static final String SCRATCH_PREFIX = "scratch_";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongoServer(
            MongoServer server, DurableH2Backend backend, InetSocketAddress address, Path file) {
        this.server = server;
        this.backend = backend;
        this.address = address;
        this.file = file;
    }

    /**
     * Opens (or creates) the store file in {@code dataDir} and listens on {@code bindAddress:port};
     * port 0 picks a free port.
     */
    public static EmbeddedMongoServer start(
            Path dataDir, String bindAddress, int port, int cacheMb) {
        return start(dataDir, bindAddress, port, cacheMb, true);
    }

    /**
     * As {@link #start(Path, String, int, int)}; {@code compress} compresses the store file's pages
     * (LZF). The server keeps each document and each index key Java-serialised, class descriptors
     * and all, so a page compresses to a fraction of its size; the price is CPU on every commit.
     * Pages already written stay readable either way.
     */
    public static EmbeddedMongoServer start(
            Path dataDir, String bindAddress, int port, int cacheMb, boolean compress) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        MVStore.Builder builder =
                new MVStore.Builder().fileName(file.toString()).cacheSize(Math.max(16, cacheMb));
        if (compress) {
            builder.compress();
        }
        MVStore store = builder.open();
        // Old page versions are kept for a while by default; with a commit per write that grows the
        // file many times.
        store.setRetentionTime(0);
        DurableH2Backend backend = new DurableH2Backend(store, true);
        MongoServer server = new MongoServer(backend);
        server.bind(bindAddress, port);
        InetSocketAddress address = server.getLocalAddress();
        log.info(
                "Embedded MongoDB-wire server on {}:{}, data in {}",
                address.getHostString(),
                address.getPort(),
                file);
        return new EmbeddedMongoServer(server, backend, address, file);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    public Path file() {
        return file;
    }

    /** The share of the store file's space that holds live data, in percent. */
    public int fillRate() {
        return backend.getMvStore().getFillRate();
    }

    /**
     * Rewrites the store file's sparse chunks and moves live ones together, for at most {@code
     * maxMillis}.
     */
    public void compactFile(int maxMillis) {
        backend.getMvStore().compactFile(maxMillis);
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
