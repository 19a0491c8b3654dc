package be.thorpark.ledger.eventstore.config;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.eventstore.privacy.PersonalDataVault;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The store both sides share: the MongoDB client (a real MongoDB when {@code MONGODB_URI} is set,
 * else the embedded durable server), the ledger's event storage engine behind Axon's event store,
 * Mongo token storage for the processors, and snapshotting.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties({LedgerStoreProperties.class, StoreTimeouts.class})
public class LedgerStoreAutoConfiguration {

    /** The name aggregates use in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "ledgerSnapshotTrigger";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    LedgerMongo ledgerMongo(LedgerStoreProperties properties, StoreTimeouts timeouts) {
        return LedgerMongo.open(properties, timeouts);
    }

    @Bean
    @ConditionalOnMissingBean
    MongoClient ledgerMongoClient(LedgerMongo mongo) {
        return mongo.client();
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase ledgerDatabase(LedgerMongo mongo) {
        return mongo.database();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MongoLedgerStorageEngine ledgerStorageEngine(
            MongoDatabase database,
            LedgerStoreProperties properties,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer serializer,
            ObjectProvider<EventUpcaster> upcasters) {
        List<EventUpcaster> chain = upcasters.orderedStream().toList();
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(chain))
                .batchSize(properties.eventStore().batchSize())
                .maxCommitsPerWrite(properties.eventStore().maxCommitsPerWrite())
                .recentEvents(properties.eventStore().recentEvents())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    EmbeddedEventStore eventStore(
            MongoLedgerStorageEngine engine, LedgerStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(engine)
                .fetchDelay(properties.eventStore().fetchDelay().toMillis())
                .cleanupDelay(10_000)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(
                        DefaultMongoTemplate.builder()
                                .mongoDatabase(database)
                                .trackingTokensCollectionName("tracking_tokens")
                                .build())
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition ledgerSnapshotTrigger(
            Snapshotter snapshotter, LedgerStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(
                snapshotter, properties.eventStore().snapshotThreshold());
    }

    @Bean
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    LedgerStoreMetrics ledgerStoreMetrics(MongoLedgerStorageEngine engine) {
        return new LedgerStoreMetrics(engine);
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    LedgerStoreHealth ledgerStoreHealth(MongoClient client, MongoDatabase database) {
        return new LedgerStoreHealth(client, database);
    }

    /**
     * The key that signs history digests, from {@code CAMPUS_SIGNING_KEY} (PKCS#8 PEM text) or a
     * file ({@code CAMPUS_SIGNING_KEY_FILE}, default {@code <data dir>/ledger-signing-key.pem},
     * created on first start). Never in the database: whoever can rewrite the history must not be
     * able to re-sign it.
     */
    @Bean
    @ConditionalOnMissingBean
    SigningKey ledgerSigningKey(
            org.springframework.core.env.Environment environment,
            LedgerStoreProperties properties) {
        String text = environment.getProperty("campus.signing-key", "");
        if (!text.isBlank()) {
            return SigningKey.fromPrivateKeyText(text);
        }
        String file = environment.getProperty("campus.signing-key-file", "");
        return SigningKey.loadOrCreate(
                file.isBlank()
                        ? properties.dataDir().resolve("ledger-signing-key.pem")
                        : java.nio.file.Path.of(file));
    }

    /** Per-person keys for personal data in events; forgetting a person erases their key. */
    @Bean
    @ConditionalOnMissingBean
    PersonalDataVault personalDataVault(MongoDatabase database) {
        return new PersonalDataVault(database);
    }

    /**
     * GridFS on a real MongoDB, the exact-key chunk layout on the embedded server (see {@link
     * EvidenceStore#on}).
     */
    @Bean
    @ConditionalOnMissingBean
    EvidenceStore evidenceStore(MongoDatabase database, LedgerStoreProperties properties) {
        return EvidenceStore.on(database, properties.embeddedServer());
    }

    @Bean
    HistoryVerifier historyVerifier(MongoLedgerStorageEngine engine) {
        return new HistoryVerifier(engine);
    }

    /**
     * Axon stores its own tokens (for example a replay token wrapping another) polymorphically;
     * Jackson 3 refuses polymorphic types unless they are allowed explicitly, so allow Axon's, the
     * JDK collections and the ledger's.
     */
    @Bean
    Jackson3SerializerCustomizer ledgerPolymorphicTypes() {
        return builder ->
                builder.polymorphicTypeValidator(
                        BasicPolymorphicTypeValidator.builder()
                                .allowIfSubType("org.axonframework.")
                                .allowIfSubType("java.util.")
                                .allowIfSubType("java.time.")
                                .allowIfSubType("be.thorpark.ledger.")
                                .build());
    }

    /**
     * The MongoDB client and database, with the embedded server behind them when no URI is
     * configured.
     */
    public record LedgerMongo(
            EmbeddedMongoServer embedded, MongoClient client, MongoDatabase database)
            implements AutoCloseable {

        static LedgerMongo open(LedgerStoreProperties properties, StoreTimeouts timeouts) {
            EmbeddedMongoServer embedded = null;
            String uri = properties.mongodb().uri();
            WriteConcern writeConcern = writeConcern(properties.mongodb().writeConcern());
            if (properties.embeddedServer()) {
                LedgerStoreProperties.Embedded settings = properties.embedded();
                embedded =
                        EmbeddedMongoServer.start(
                                properties.dataDir(),
                                settings.bindAddress(),
                                settings.port(),
                                settings.cacheMb(),
                                settings.compress());
                uri = embedded.connectionString();
                // One node: majority and w:1 are the same, and the embedded server commits before
                // it replies.
                writeConcern = WriteConcern.W1;
            }
            FailFastWhileAway failFast = new FailFastWhileAway();
            MongoClient client =
                    MongoClients.create(
                            MongoClientSettings.builder()
                                    // Before the connection string, so that its options win.
                                    .applyToClusterSettings(
                                            cluster ->
                                                    cluster.serverSelectionTimeout(
                                                                    timeouts.serverSelection()
                                                                            .toMillis(),
                                                                    TimeUnit.MILLISECONDS)
                                                            .serverSelector(failFast)
                                                            .addClusterListener(failFast))
                                    .applyToSocketSettings(
                                            socket ->
                                                    socket.connectTimeout(
                                                            timeouts.connect().toMillis(),
                                                            TimeUnit.MILLISECONDS))
                                    .applyToServerSettings(
                                            server ->
                                                    server.heartbeatFrequency(
                                                            timeouts.heartbeat().toMillis(),
                                                            TimeUnit.MILLISECONDS))
                                    .applyConnectionString(new ConnectionString(uri))
                                    .writeConcern(writeConcern)
                                    .build());
            MongoDatabase database = client.getDatabase(properties.mongodb().database());
            awaitReachable(database, timeouts.startup());
            return new LedgerMongo(embedded, client, database);
        }

        /**
         * Short selection timeouts are for a running process; at start the store may still be on
         * its way.
         */
        static void awaitReachable(MongoDatabase database, Duration patience) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                try {
                    database.runCommand(new org.bson.Document("ping", 1));
                    return;
                } catch (com.mongodb.MongoTimeoutException | com.mongodb.MongoSocketException e) {
                    if (System.nanoTime() - deadline > 0) {
                        throw e;
                    }
                    pause();
                }
            }
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the store", e);
            }
        }

        static WriteConcern writeConcern(String value) {
            return switch (value.toLowerCase()) {
                case "majority" -> WriteConcern.MAJORITY;
                case "w1", "1", "acknowledged" -> WriteConcern.W1;
                default -> new WriteConcern(Integer.parseInt(value));
            };
        }

        @Override
        public void close() {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
