package be.thorpark.ledger.eventstore;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.PrintStream;
import java.nio.file.Path;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

/**
 * A process that appends events to the durable embedded store for as long as it lives and prints
 * {@code ACK <aggregateId> <sequence>} once each append has returned, so that another process can
 * kill it at any moment and then check that every acknowledged event is stored.
 *
 * <p>Argument: the data folder.
 */
final class DurabilityProbe {

    static final String DATABASE = "ledger";
    static final String ACK = "ACK ";
    static final int WRITERS = 2;

    private DurabilityProbe() {}

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, 64);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoLedgerStorageEngine engine = engine(client);
        PrintStream out = System.out;
        for (int w = 0; w < WRITERS; w++) {
            String aggregateId = "probe-" + w;
            Thread writer =
                    new Thread(
                            () -> {
                                for (long seq = 0; ; seq++) {
                                    engine.appendEvents(TestEvents.reading(aggregateId, seq));
                                    synchronized (out) {
                                        out.println(ACK + aggregateId + " " + seq);
                                        out.flush();
                                    }
                                }
                            },
                            "probe-writer-" + w);
            writer.start();
        }
    }

    static MongoLedgerStorageEngine engine(MongoClient client) {
        Serializer serializer = Jackson3Serializer.builder().build();
        return MongoLedgerStorageEngine.builder()
                .database(client.getDatabase(DATABASE))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }
}
