package be.thorpark.ledger.eventstore;

import static be.thorpark.ledger.eventstore.TestEvents.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store keeps a command's key in the commit itself and refuses a second commit under it, also
 * after a restart.
 */
class CommitKeyTest {

    private static final CommitKey KEY = new CommitKey("request|ops|reading-1", "hash-1");

    @TempDir Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoLedgerStorageEngine engine;

    @BeforeEach
    void open() {
        server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, 64);
        client = MongoClients.create(server.connectionString());
        engine = DurabilityProbe.engine(client);
    }

    @AfterEach
    void close() {
        engine.close();
        client.close();
        server.close();
    }

    @Test
    void aCommitIsFoundByTheKeyOfTheCommandThatMadeIt() {
        appendAs(KEY, "meter-1", 0);

        KeyedCommit stored = engine.commitByKey(KEY.key()).orElseThrow();
        assertThat(stored.requestHash()).isEqualTo("hash-1");
        assertThat(stored.commit().events())
                .extracting(StoredEvent::aggregateId)
                .containsExactly("meter-1");
        assertThat(stored.commit().lastPosition()).isEqualTo(1);
        assertThat(engine.readAfter(0, 10).get(0).metadata())
                .as("the key belongs to the commit, not the event")
                .doesNotContain(KEY.key());
    }

    @Test
    void aSecondCommitUnderTheSameKeyIsRefusedAndNothingIsAppended() {
        appendAs(KEY, "meter-1", 0);

        assertThatThrownBy(() -> appendAs(KEY, "meter-2", 0))
                .isInstanceOf(CommitKeyTakenException.class);
        assertThat(engine.headPosition()).isEqualTo(1);
    }

    @Test
    void theKeyOutlivesARestart() {
        appendAs(KEY, "meter-1", 0);
        close();
        open();

        assertThat(engine.commitByKey(KEY.key())).isPresent();
        assertThatThrownBy(() -> appendAs(KEY, "meter-1", 1))
                .isInstanceOf(CommitKeyTakenException.class);
        assertThat(engine.headPosition()).isEqualTo(1);
    }

    @Test
    void commitsWithoutAKeyNeverCollideOnIt() {
        engine.appendEvents(reading("meter-1", 0));
        engine.appendEvents(reading("meter-1", 1));

        assertThat(engine.headPosition()).isEqualTo(2);
        assertThat(engine.commitByKey("request|ops|absent")).isEmpty();
    }

    @Test
    void ofSixteenCopiesWrittenAtOnceExactlyOneIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String meter = "meter-" + i;
                outcomes.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    try {
                                        appendAs(KEY, meter, 0);
                                        return true;
                                    } catch (CommitKeyTakenException refused) {
                                        return false;
                                    }
                                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<Boolean> outcome : outcomes) {
                stored += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
            assertThat(engine.headPosition()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Appends as a command carrying {@code key} does: inside the command's unit of work. */
    private void appendAs(CommitKey key, String meter, long sequence) {
        UnitOfWork<?> unitOfWork =
                DefaultUnitOfWork.startAndGet(
                        GenericCommandMessage.asCommandMessage("read the meter")
                                .andMetaData(key.metaData()));
        try {
            engine.appendEvents(reading(meter, sequence));
        } finally {
            unitOfWork.rollback();
        }
    }
}
