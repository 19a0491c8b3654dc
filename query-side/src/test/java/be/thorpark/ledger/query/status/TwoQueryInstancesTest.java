package be.thorpark.ledger.query.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.config.LedgerRuntime;
import be.thorpark.ledger.query.QuerySideApplication;
import be.thorpark.ledger.query.view.ViewPositions;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two query-side instances on one store and one token store share every view's segments between
 * them.
 */
class TwoQueryInstancesTest {

    private static final List<String> VIEWS =
            List.of("funding", "jobs", "leases", "tenants", "units");
    private static final int TENANTS = 40;
    private static final int REGISTRATIONS = 4;
    private static final String DATABASE = "two_instances";

    @TempDir Path dataDir;

    private MongoServer server;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        for (int i = instances.size() - 1; i >= 0; i--) {
            instances.get(i).close();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void twoInstancesEachClaimASegmentOfEveryViewAndApplyEveryEventExactlyOnce() throws Exception {
        LedgerRuntime.prepare();
        server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        ConfigurableApplicationContext a = start("query-a", uri);
        ConfigurableApplicationContext b = start("query-b", uri);

        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase database = client.getDatabase(DATABASE);
            // Appending only once the segments are shared means no segment changes hands while
            // events flow.
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(
                            () -> {
                                for (String view : VIEWS) {
                                    assertThat(owners(database, view))
                                            .as(view)
                                            .containsExactlyInAnyOrder("query-a", "query-b");
                                }
                            });

            Map<TenantId, Integer> expectedJobs =
                    append(database, a.getBean("eventSerializer", Serializer.class));
            long head = TENANTS * (1L + REGISTRATIONS);

            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(
                            () -> {
                                for (ConfigurableApplicationContext instance : instances) {
                                    ViewPositions positions = instance.getBean(ViewPositions.class);
                                    for (String view : VIEWS) {
                                        assertThat(positions.position(view))
                                                .as(view)
                                                .isEqualTo(head);
                                    }
                                }
                            });

            Deliveries deliveriesA = a.getBean(Deliveries.class);
            Deliveries deliveriesB = b.getBean(Deliveries.class);
            for (String view : VIEWS) {
                Map<String, Integer> both = deliveriesA.merged(deliveriesB, view);
                assertThat(both).as(view).hasSize((int) head);
                assertThat(new HashSet<>(both.values()))
                        .as(view + ": deliveries per event")
                        .containsExactly(1);
                assertThat(deliveriesA.count(view)).as(view + " on query-a").isPositive();
                assertThat(deliveriesB.count(view)).as(view + " on query-b").isPositive();
            }
            for (Map.Entry<TenantId, Integer> tenant : expectedJobs.entrySet()) {
                Document jobs =
                        database.getCollection("v1_jobs")
                                .find(Filters.eq("_id", tenant.getKey().value()))
                                .first();
                assertThat(jobs).isNotNull();
                assertThat(sumOfCounts(jobs.getList("registrations", Document.class)))
                        .as(tenant.getKey().value())
                        .isEqualTo(tenant.getValue());
                Document directory =
                        database.getCollection("v1_tenants")
                                .find(Filters.eq("_id", tenant.getKey().value()))
                                .first();
                assertThat(directory).isNotNull();
                assertThat(directory.getList("jobs", Document.class)).hasSize(REGISTRATIONS);
                assertThat(sumOfCounts(directory.getList("jobs", Document.class)))
                        .isEqualTo(tenant.getValue());
            }

            // The status reads the segments' tokens from the token store, which a segment writes
            // once its batch is done: shortly after the view itself shows the head.
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(
                            () -> {
                                JsonNode status = processorStatus(a);
                                assertThat(status.get("head").get("position").asLong())
                                        .isEqualTo(head);
                                for (JsonNode view : status.get("views")) {
                                    assertThat(view.get("caughtUp").asBoolean())
                                            .as(view.toString())
                                            .isTrue();
                                    assertThat(view.get("lagEvents").asLong()).isZero();
                                    assertThat(view.get("lagTime").asString()).isEqualTo("PT0S");
                                    assertThat(view.get("segments").findValuesAsString("owner"))
                                            .containsExactlyInAnyOrder("query-a", "query-b");
                                }
                            });
        }
    }

    private ConfigurableApplicationContext start(String nodeId, String uri) {
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(QueryInstance.class)
                        .run(
                                "--server.port=0",
                                "--campus.mongodb.uri=" + uri,
                                "--campus.mongodb.database=" + DATABASE,
                                "--campus.data-dir=" + dataDir.resolve(nodeId),
                                "--campus.users=admin:adm-secret:ADMIN",
                                "--campus.query.node-id=" + nodeId,
                                "--spring.jmx.enabled=false");
        instances.add(context);
        return context;
    }

    /**
     * As a command side would write them: commits of ten tenants each, every tenant registered and
     * then its jobs.
     */
    private static Map<TenantId, Integer> append(MongoDatabase database, Serializer serializer) {
        Map<TenantId, Integer> expected = new HashMap<>();
        MongoLedgerStorageEngine engine =
                MongoLedgerStorageEngine.builder()
                        .database(database)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            List<EventMessage<?>> events = new ArrayList<>();
            for (int t = 1; t <= TENANTS; t++) {
                TenantId tenant = TenantId.of("tenant-%010d".formatted(t));
                events.add(
                        new GenericDomainEventMessage<>(
                                "Tenant",
                                tenant.value(),
                                0,
                                new TenantRegistered(
                                        tenant,
                                        "Tenant " + t,
                                        null,
                                        TenantProfile.START_UP,
                                        "robotics",
                                        null)));
                int total = 0;
                for (int r = 1; r <= REGISTRATIONS; r++) {
                    int count = t + r;
                    total += count;
                    events.add(
                            new GenericDomainEventMessage<>(
                                    "Tenant",
                                    tenant.value(),
                                    r,
                                    new JobsRegistered(
                                            tenant,
                                            JobChange.CREATED,
                                            count,
                                            "engineering",
                                            LocalDate.of(2024, r, 1))));
                }
                expected.put(tenant, total);
                if (t % 10 == 0) {
                    store.publish(events);
                    events.clear();
                }
            }
        } finally {
            store.shutDown();
            engine.close();
        }
        return expected;
    }

    private static Set<String> owners(MongoDatabase database, String view) {
        Set<String> owners = new HashSet<>();
        for (Document token :
                database.getCollection("tracking_tokens").find(Filters.eq("processorName", view))) {
            owners.add(token.getString("owner"));
        }
        return owners;
    }

    private static int sumOfCounts(List<Document> entries) {
        return entries.stream().mapToInt(entry -> entry.getInteger("count")).sum();
    }

    private static JsonNode processorStatus(ConfigurableApplicationContext instance)
            throws Exception {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/admin/processors"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "admin:adm-secret"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build();
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Event-Position"))
                .hasValue(Long.toString(TENANTS * (1L + REGISTRATIONS)));
        return JsonMapper.builder().build().readTree(response.body());
    }

    /**
     * The query side as it runs, plus a token store with a node name of its own (two instances in
     * one JVM would otherwise share one and take each other's claims) and a count of the events
     * each view's handler received. The scan leaves out the other tests' configurations. Not a
     * {@code @SpringBootConfiguration}, which the web slice tests of this package would take for
     * the application.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @ComponentScan(
            basePackages = "be.thorpark.ledger.query",
            excludeFilters = {
                @ComponentScan.Filter(
                        type = FilterType.ANNOTATION,
                        classes = TestConfiguration.class),
                @ComponentScan.Filter(
                        type = FilterType.ASSIGNABLE_TYPE,
                        classes = QuerySideApplication.class),
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Test\\$.*")
            })
    static class QueryInstance {

        @Bean
        TokenStore tokenStore(
                MongoDatabase database,
                Serializer serializer,
                @Value("${campus.query.node-id}") String nodeId) {
            return MongoTokenStore.builder()
                    .mongoTemplate(
                            DefaultMongoTemplate.builder()
                                    .mongoDatabase(database)
                                    .trackingTokensCollectionName("tracking_tokens")
                                    .build())
                    .serializer(serializer)
                    .claimTimeout(Duration.ofSeconds(5))
                    .nodeId(nodeId)
                    .build();
        }

        @Bean
        Deliveries deliveries() {
            return new Deliveries();
        }

        @Bean
        ConfigurerModule countDeliveries(Deliveries deliveries) {
            return configurer ->
                    configurer.eventProcessing(
                            processing ->
                                    VIEWS.forEach(
                                            view ->
                                                    processing.registerHandlerInterceptor(
                                                            view, c -> deliveries.counter(view))));
        }
    }

    /** Per view, how often each event reached its handler on this instance. */
    static final class Deliveries {

        private final Map<String, Map<String, AtomicInteger>> perView = new ConcurrentHashMap<>();

        MessageHandlerInterceptor<EventMessage<?>> counter(String view) {
            Map<String, AtomicInteger> counts =
                    perView.computeIfAbsent(view, v -> new ConcurrentHashMap<>());
            return (unitOfWork, chain) -> {
                counts.computeIfAbsent(
                                unitOfWork.getMessage().getIdentifier(), id -> new AtomicInteger())
                        .incrementAndGet();
                return chain.proceed();
            };
        }

        int count(String view) {
            return perView.getOrDefault(view, Map.of()).size();
        }

        Map<String, Integer> merged(Deliveries other, String view) {
            Map<String, Integer> all = new HashMap<>();
            perView.getOrDefault(view, Map.of())
                    .forEach((id, n) -> all.merge(id, n.get(), Integer::sum));
            other.perView
                    .getOrDefault(view, Map.of())
                    .forEach((id, n) -> all.merge(id, n.get(), Integer::sum));
            return all;
        }
    }
}
