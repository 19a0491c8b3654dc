package be.thorpark.ledger.query.status;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.StoredEvent;
import be.thorpark.ledger.query.jobs.JobsProjection;
import be.thorpark.ledger.query.tenant.TenantProjection;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.ViewPositions;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

@WebMvcTest(controllers = ProcessorStatusController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ProcessorStatusReader.class, ProcessorStatusHttpTest.Store.class})
class ProcessorStatusHttpTest {

    private static final Instant START = Instant.parse("2024-05-02T08:00:00Z");

    @TestConfiguration
    static class Store {

        @Bean
        MongoDatabase database() {
            return InMemoryViews.shared().freshDatabase();
        }

        @Bean
        Serializer serializer() {
            // Tokens are stored polymorphically, as the ledger's serializer allows for Axon's
            // types.
            return Jackson3Serializer.builder()
                    .jsonMapperBuilderCustomizer(
                            builder ->
                                    builder.polymorphicTypeValidator(
                                            BasicPolymorphicTypeValidator.builder()
                                                    .allowIfSubType("org.axonframework.")
                                                    .allowIfSubType("java.util.")
                                                    .build()))
                    .build();
        }

        @Bean
        Projection tenants() {
            return new TenantProjection();
        }

        @Bean
        Projection jobs() {
            return new JobsProjection();
        }
    }

    @Autowired MockMvc mvc;

    @Autowired MongoDatabase database;

    @Autowired Serializer serializer;

    @MockitoBean ViewPositions positions;

    @MockitoBean EventLog log;

    private TokenStore instanceA;
    private TokenStore instanceB;

    @BeforeEach
    void tokens() {
        database.getCollection("tracking_tokens").drop();
        instanceA = tokenStore("query-a");
        instanceB = tokenStore("query-b");
        for (String group : List.of(TenantProjection.NAME, JobsProjection.NAME)) {
            instanceA.initializeTokenSegments(group, 2);
        }
        store(instanceA, TenantProjection.NAME, 0, 9);
        store(instanceB, TenantProjection.NAME, 1, 12);
        store(instanceA, JobsProjection.NAME, 0, 12);
        store(instanceB, JobsProjection.NAME, 1, 12);
        when(log.headPosition()).thenReturn(12L);
        // Recorded 5 s apart: the head is 15 s after the event at position 9.
        for (long position = 1; position <= 12; position++) {
            when(log.readAfter(position - 1, 1)).thenReturn(List.of(event(position)));
        }
    }

    @Test
    void aViewBehindTheHeadReportsItsLagInEventsAndTimeThenNoneOnceCaughtUp() throws Exception {
        when(positions.position(TenantProjection.NAME)).thenReturn(9L);
        when(positions.position(JobsProjection.NAME)).thenReturn(12L);

        mvc.perform(get("/api/admin/processors"))
                .andExpect(status().isOk())
                .andExpect(header().string("Event-Position", "12"))
                .andExpect(jsonPath("$.head.position").value(12))
                .andExpect(jsonPath("$.head.recordedAt").value("2024-05-02T08:01:00Z"))
                .andExpect(jsonPath("$.views[0].name").value("jobs"))
                .andExpect(jsonPath("$.views[0].caughtUp").value(true))
                .andExpect(jsonPath("$.views[0].lagEvents").value(0))
                .andExpect(jsonPath("$.views[0].lagTime").value("PT0S"))
                .andExpect(jsonPath("$.views[1].name").value("tenants"))
                .andExpect(jsonPath("$.views[1].processingGroup").value("tenants"))
                .andExpect(jsonPath("$.views[1].position").value(9))
                .andExpect(jsonPath("$.views[1].headPosition").value(12))
                .andExpect(jsonPath("$.views[1].lagEvents").value(3))
                .andExpect(jsonPath("$.views[1].lagTime").value("PT15S"))
                .andExpect(jsonPath("$.views[1].lagMillis").value(15000))
                .andExpect(jsonPath("$.views[1].caughtUp").value(false))
                .andExpect(jsonPath("$.views[1].segments[0].segment").value(0))
                .andExpect(jsonPath("$.views[1].segments[0].position").value(9))
                .andExpect(jsonPath("$.views[1].segments[0].owner").value("query-a"))
                .andExpect(jsonPath("$.views[1].segments[1].segment").value(1))
                .andExpect(jsonPath("$.views[1].segments[1].position").value(12))
                .andExpect(jsonPath("$.views[1].segments[1].owner").value("query-b"));

        store(instanceA, TenantProjection.NAME, 0, 12);
        when(positions.position(TenantProjection.NAME)).thenReturn(12L);

        mvc.perform(get("/api/admin/processors"))
                .andExpect(status().isOk())
                .andExpect(header().string("Event-Position", "12"))
                .andExpect(jsonPath("$.views[1].name").value("tenants"))
                .andExpect(jsonPath("$.views[1].lagEvents").value(0))
                .andExpect(jsonPath("$.views[1].lagTime").value("PT0S"))
                .andExpect(jsonPath("$.views[1].lagMillis").value(0))
                .andExpect(jsonPath("$.views[1].caughtUp").value(true))
                .andExpect(jsonPath("$.views[1].segments[0].position").value(12));
    }

    @Test
    void aViewThatReflectsNoEventYetIsBehindByTheWholeHistory() throws Exception {
        when(positions.position(TenantProjection.NAME)).thenReturn(0L);
        when(positions.position(JobsProjection.NAME)).thenReturn(12L);

        mvc.perform(get("/api/admin/processors"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.views[1].lagEvents").value(12))
                .andExpect(jsonPath("$.views[1].lagTime").value("PT55S"))
                .andExpect(jsonPath("$.views[1].caughtUp").value(false));
    }

    @Test
    void anEmptyHistoryHasEveryViewCaughtUpAndNoHeadTime() throws Exception {
        when(log.headPosition()).thenReturn(0L);

        mvc.perform(get("/api/admin/processors"))
                .andExpect(status().isOk())
                .andExpect(header().string("Event-Position", "0"))
                .andExpect(jsonPath("$.head.position").value(0))
                .andExpect(jsonPath("$.head.recordedAt").doesNotExist())
                .andExpect(jsonPath("$.views[0].caughtUp").value(true))
                .andExpect(jsonPath("$.views[1].caughtUp").value(true));
    }

    private TokenStore tokenStore(String node) {
        return MongoTokenStore.builder()
                .mongoTemplate(
                        DefaultMongoTemplate.builder()
                                .mongoDatabase(database)
                                .trackingTokensCollectionName("tracking_tokens")
                                .build())
                .serializer(serializer)
                .nodeId(node)
                .build();
    }

    /**
     * Claims the segment for the store's node and records how far it has come, as its processor
     * would.
     */
    private static void store(TokenStore tokens, String group, int segment, long position) {
        tokens.fetchToken(group, segment);
        tokens.storeToken(new GlobalSequenceTrackingToken(position), group, segment);
    }

    private static StoredEvent event(long position) {
        Instant recordedAt = START.plusSeconds(5 * position);
        return new StoredEvent(
                position,
                "event-" + position,
                "Tenant",
                "tenant-0403170701",
                position - 1,
                recordedAt,
                recordedAt,
                "TenantArrived",
                null,
                "{}",
                "{}",
                "hash-" + position);
    }
}
