package be.thorpark.ledger.query.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.query.view.ActiveViews;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.ProjectingHandler;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewPositions;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The tenant view behind a real pooled streaming processor with two segments, the ledger's store
 * and token store.
 */
class TenantViewPipelineTest {

    @Test
    void aProcessorWithTwoSegmentsFillsTheViewAndReportsTheLowestSegmentPosition() {
        MongoDatabase database = InMemoryViews.shared().freshDatabase();
        // As the ledger configures it: tokens are stored polymorphically, and the ledger's own
        // types are allowed.
        Serializer serializer =
                Jackson3Serializer.builder()
                        .jsonMapperBuilderCustomizer(
                                builder ->
                                        builder.polymorphicTypeValidator(
                                                BasicPolymorphicTypeValidator.builder()
                                                        .allowIfSubType("org.axonframework.")
                                                        .allowIfSubType("java.util.")
                                                        .allowIfSubType("be.thorpark.ledger.")
                                                        .build()))
                        .build();
        MongoLedgerStorageEngine engine =
                MongoLedgerStorageEngine.builder()
                        .database(database)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build();
        TokenStore tokens =
                MongoTokenStore.builder()
                        .mongoTemplate(
                                DefaultMongoTemplate.builder()
                                        .mongoDatabase(database)
                                        .trackingTokensCollectionName("tracking_tokens")
                                        .build())
                        .serializer(serializer)
                        .build();
        ActiveViews views = new ActiveViews(database, "v1_");
        Configuration axon =
                DefaultConfigurer.defaultConfiguration()
                        .configureSerializer(c -> serializer)
                        .configureEventStore(
                                c -> EmbeddedEventStore.builder().storageEngine(engine).build())
                        .registerComponent(TokenStore.class, c -> tokens)
                        .eventProcessing(
                                processing ->
                                        ProjectingHandler.register(
                                                processing.registerPooledStreamingEventProcessor(
                                                        TenantProjection.NAME,
                                                        Configuration::eventStore,
                                                        (c, builder) ->
                                                                builder.initialSegmentCount(2)
                                                                        .batchSize(10)),
                                                new TenantProjection(),
                                                views))
                        .buildConfiguration();
        ViewPositions positions =
                new ViewPositions(tokens, database, serializer, "tracking_tokens");
        try {
            axon.start();
            List<ViewEvent> history = TenantDirectoryTest.all();
            for (ViewEvent event : history) {
                axon.eventStore()
                        .publish(
                                new GenericDomainEventMessage<>(
                                        "Entity",
                                        event.aggregateId(),
                                        event.sequence(),
                                        event.payload()));
            }

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> positions.position(TenantProjection.NAME) == history.size());

            assertThat(tokens.fetchSegments(TenantProjection.NAME)).hasSize(2);
            TenantDirectory.TenantDetail tenant =
                    new TenantDirectory(
                                    views.writer(TenantProjection.NAME),
                                    text -> java.util.Optional.of("[sealed]"))
                            .one(TenantDirectoryTest.TENANT.value(), LocalDate.of(2024, 5, 1), 9)
                            .orElseThrow();
            assertThat(tenant.leasedArea()).isEqualTo("450.50");
            assertThat(tenant.jobs().net()).isEqualTo(10);
            assertThat(tenant.position()).isEqualTo(9);
        } finally {
            axon.shutdown();
            engine.close();
        }
    }
}
