package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every view exactly as it stood right after a position: the same projections, fed the history from position 1 up to
 * that position, into a private in-memory database. Nothing is approximated from the live views, so a retroactive
 * correction recorded later never changes what an earlier position shows. The last few positions asked for are kept.
 */
@Component
public class TimeTravel implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimeTravel.class);

    private final List<Projection> projections;
    private final EventReplay replay;
    private final int kept;
    private final Map<Long, ViewWriter> snapshots = new LinkedHashMap<>(8, 0.75f, true);
    private MongoServer server;
    private MongoClient client;

    @Autowired
    TimeTravel(List<ProjectingHandler> handlers, EventReplay replay,
               @Value("${campus.query.time-travel-kept:4}") int kept) {
        this(replay, kept, handlers.stream().map(ProjectingHandler::projection).toList());
    }

    public TimeTravel(EventReplay replay, int kept, List<Projection> projections) {
        this.projections = List.copyOf(projections);
        this.replay = replay;
        this.kept = Math.max(1, kept);
    }

    /** The views as they stood right after {@code position}. */
    public synchronized ViewWriter at(long position) {
        ViewWriter snapshot = snapshots.get(position);
        if (snapshot != null) {
            return snapshot;
        }
        long started = System.nanoTime();
        MongoDatabase database = client().getDatabase("as_of_" + position);
        database.drop();
        ViewWriter target = new ViewWriter(database, "");
        replay.replay(0, position, event -> projections.forEach(p -> p.apply(event, target)));
        log.info("Views as of position {} computed in {} ms", position, (System.nanoTime() - started) / 1_000_000);
        snapshots.put(position, target);
        if (snapshots.size() > kept) {
            Long eldest = snapshots.keySet().iterator().next();
            snapshots.remove(eldest).database().drop();
        }
        return target;
    }

    private MongoClient client() {
        if (client == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close();
            server.shutdownNow();
        }
    }
}
