package be.thorpark.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever text an event carries, the hash covers exactly what the store gives back, so the chain
 * stays valid, also after the store is closed and opened again.
 */
class StoredTextRoundTripTest {

    record NoteTaken(String text) {}

    private static final List<String> ODD_TEXTS =
            List.of(
                    "\ud800",
                    "x\udc00y",
                    "\ude00\ud83d",
                    "a\u0000b",
                    "\uffff",
                    "\ufdd0",
                    "\u0085\u007f",
                    "\ud83d\ude00",
                    "Genk \u00e9\u00e8",
                    "\t\n\r");
    private static final List<String> KEPT_AS_SENT =
            List.of(
                    "a\u0000b",
                    "\uffff",
                    "\ufdd0",
                    "\u0085\u007f",
                    "\ud83d\ude00",
                    "Genk \u00e9\u00e8",
                    "\t\n\r");

    @TempDir Path dataDir;

    @Test
    void theChainStaysValidWhateverTextTheEventsCarry() {
        try (Store store = Store.open(dataDir)) {
            for (int i = 0; i < ODD_TEXTS.size(); i++) {
                String text = ODD_TEXTS.get(i);
                store.engine.appendEvents(
                        new GenericDomainEventMessage<>(
                                "Note",
                                "note-1",
                                i,
                                new NoteTaken(text),
                                MetaData.from(Map.of("reason", text))));
            }
            assertValid(store, ODD_TEXTS.size());
        }

        try (Store store = Store.open(dataDir)) {
            assertValid(store, ODD_TEXTS.size());
            List<String> stored =
                    store.engine.readAfter(0, 100).stream()
                            .map(
                                    e ->
                                            JsonMapper.shared()
                                                    .readTree(e.payload())
                                                    .get("text")
                                                    .asString())
                            .toList();
            assertThat(stored).containsAll(KEPT_AS_SENT);
            assertThat(stored.get(0))
                    .as("an unpaired surrogate is stored as the replacement character")
                    .isEqualTo("\ufffd");
            assertThat(stored.get(1)).isEqualTo("x\ufffdy");
            assertThat(stored.get(2)).isEqualTo("\ufffd\ufffd");
        }
    }

    @Test
    void canonicalTextKeepsEveryPairAndReplacesOnlyUnpairedSurrogates() {
        assertThat(StoredText.canonical("a\ud83d\ude00b")).isEqualTo("a\ud83d\ude00b");
        assertThat(StoredText.canonical("\ud83d")).isEqualTo("\ufffd");
        assertThat(StoredText.canonical("\ud83d\ud83d\ude00")).isEqualTo("\ufffd\ud83d\ude00");
        assertThat(StoredText.canonical("end\ud83d")).isEqualTo("end\ufffd");
        assertThat(StoredText.canonical(null)).isNull();
    }

    private static void assertValid(Store store, long events) {
        VerificationResult result = new HistoryVerifier(store.engine).verify();
        assertThat(result.valid()).as(result.toString()).isTrue();
        assertThat(result.events()).isEqualTo(events);
    }

    private record Store(
            EmbeddedMongoServer server, MongoClient client, MongoLedgerStorageEngine engine)
            implements AutoCloseable {

        static Store open(Path dir) {
            EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 64);
            MongoClient client = MongoClients.create(server.connectionString());
            var serializer = Jackson3Serializer.builder().build();
            return new Store(
                    server,
                    client,
                    MongoLedgerStorageEngine.builder()
                            .database(client.getDatabase("ledger"))
                            .eventSerializer(serializer)
                            .snapshotSerializer(serializer)
                            .build());
        }

        @Override
        public void close() {
            engine.close();
            client.close();
            server.close();
        }
    }
}
