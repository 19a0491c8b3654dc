package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.command.CommandSideApplication;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.query.QuerySideApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Split mode without its store: the query side answers 503 with Retry-After at once instead of
 * hanging, reports DOWN, and works again by itself when the store is back on the same folder and
 * port.
 */
class StoreOutageTest {

    /**
     * A correctness bound, not a measurement: the driver's default would make each answer take 30
     * s.
     */
    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir Path dataDir;

    private EmbeddedMongoServer store;
    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;

    @AfterEach
    void stop() {
        if (querySide != null) {
            long start = System.nanoTime();
            querySide.close();
            System.out.printf(
                    "query side closed in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        if (commandSide != null) {
            commandSide.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void queriesFailFastWhileTheStoreIsAwayAndWorkAgainWhenItIsBack() throws IOException {
        long began = System.nanoTime();
        int storePort = freePort();
        store = EmbeddedMongoServer.start(dataDir.resolve("store"), "127.0.0.1", storePort, 32);
        querySide =
                new SpringApplicationBuilder(QuerySideApplication.class)
                        .run(
                                "--server.port=0",
                                "--campus.mongodb.uri=mongodb://127.0.0.1:" + storePort,
                                "--campus.mongodb.database=outage",
                                "--campus.users=" + LedgerAppTest.USERS,
                                "--campus.data-dir=" + dataDir.resolve("query"),
                                "--spring.jmx.enabled=false");
        int port = ((WebServerApplicationContext) querySide).getWebServer().getPort();
        System.out.printf("query side started in %d ms%n", (System.nanoTime() - began) / 1_000_000);
        LedgerHttp reporter = new LedgerHttp(port).as("reporter", "rep-secret");
        LedgerHttp anonymous = new LedgerHttp(port);
        assertThat(reporter.get("/api/tenants").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);

        store.close();
        store = null;

        // The first request meets the dead store; the later ones find the driver knowing it is
        // away.
        long slowest = 0;
        for (String path :
                new String[] {
                    "/api/tenants",
                    "/api/units",
                    "/api/funding-programmes",
                    "/api/tenants",
                    "/api/leases",
                    "/api/jobs",
                    "/api/units",
                    "/api/tenants"
                }) {
            long start = System.nanoTime();
            LedgerHttp.Response answer = reporter.get(path);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("2");
            assertThat(answer.json().path("code").asString()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(answer.text()).doesNotContain("Exception", "mongo", "127.0.0.1");
            assertThat(took)
                    .as(path + " answered after " + took.toMillis() + " ms")
                    .isLessThan(FAST);
            System.out.printf(
                    "store away: %s answered %d in %d ms%n",
                    path, answer.status(), took.toMillis());
            slowest = Math.max(slowest, took.toMillis());
        }
        System.out.printf("store away: slowest 503 in %d ms%n", slowest);
        long start = System.nanoTime();
        LedgerHttp.Response health = anonymous.get("/actuator/health");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(took).isLessThan(FAST);
        System.out.printf(
                "store away: health answered %d in %d ms%n", health.status(), took.toMillis());

        store = EmbeddedMongoServer.start(dataDir.resolve("store"), "127.0.0.1", storePort, 32);
        long back = System.nanoTime();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> reporter.get("/api/tenants").status() == 200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> anonymous.get("/actuator/health").status() == 200);
        System.out.printf(
                "store back: queries and health answer 200 again after %d ms%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
    }

    /**
     * Both services on one store that goes away with data in it: commands sent during the outage
     * are refused with 503 and append nothing, their retries under the same key after it are stored
     * once, and the views end with every accepted command exactly once, in an unbroken chain.
     */
    @Test
    void nothingIsLostOrDuplicatedAcrossAnOutage() throws IOException {
        int storePort = freePort();
        store = EmbeddedMongoServer.start(dataDir.resolve("store"), "127.0.0.1", storePort, 32);
        commandSide = service(CommandSideApplication.class, storePort);
        querySide = service(QuerySideApplication.class, storePort);
        LedgerHttp ops = new LedgerHttp(port(commandSide)).as("ops", "ops-secret");
        LedgerHttp reporter = new LedgerHttp(port(querySide)).as("reporter", "rep-secret");
        LedgerHttp auditor = new LedgerHttp(port(querySide)).as("auditor", "aud-secret");
        LedgerHttp commandHealth = new LedgerHttp(port(commandSide));

        Set<String> accepted = new HashSet<>();
        long head = 0;
        for (int i = 0; i < 12; i++) {
            LedgerHttp.Response created = register(ops, "before-" + i);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            accepted.add(created.json().get("id").asString());
            head = Math.max(head, created.position());
        }
        assertThat(tenantIds(reporter, head)).containsExactlyInAnyOrderElementsOf(accepted);

        store.close();
        store = null;

        List<String> refusedKeys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = "during-" + i;
            LedgerHttp.Response refused = register(ops, key);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("code").asString()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(reporter.get("/api/tenants").status()).isEqualTo(503);
            refusedKeys.add(key);
        }

        store = EmbeddedMongoServer.start(dataDir.resolve("store"), "127.0.0.1", storePort, 32);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> commandHealth.get("/actuator/health").status() == 200);

        for (String key : refusedKeys) {
            LedgerHttp.Response retried = register(ops, key);
            assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
            LedgerHttp.Response again = register(ops, key);
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            assertThat(again.json().get("id")).isEqualTo(retried.json().get("id"));
            assertThat(again.position()).isEqualTo(retried.position());
            accepted.add(retried.json().get("id").asString());
            head = Math.max(head, retried.position());
        }
        for (int i = 0; i < 8; i++) {
            LedgerHttp.Response created = register(ops, "after-" + i);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            accepted.add(created.json().get("id").asString());
            head = Math.max(head, created.position());
        }

        long reached = head;
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> reporter.get("/api/tenants?minPosition=" + reached).status() == 200);
        List<String> shown = tenantIds(reporter, head);
        assertThat(shown).hasSize(25).doesNotHaveDuplicates();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(accepted);
        LedgerHttp.Response integrity = auditor.get("/api/integrity");
        assertThat(integrity.status()).as(integrity.toString()).isEqualTo(200);
        assertThat(integrity.json().path("valid").asBoolean()).as(integrity.text()).isTrue();
        assertThat(integrity.json().path("events").asLong()).as(integrity.text()).isEqualTo(25);
        System.out.printf(
                "outage with data: %d tenants before, %d refused with 503 and stored once on retry,"
                        + " %d after; views show %d, head %d%n",
                12, refusedKeys.size(), 8, shown.size(), head);
    }

    /** The same body for every send under one key: a retry is the same request. */
    private final Map<String, Map<String, Object>> bodies = new HashMap<>();

    private LedgerHttp.Response register(LedgerHttp ops, String key) {
        Map<String, Object> body =
                bodies.computeIfAbsent(key, k -> Campus.tenant("Outage " + k + " NV", "SCALE_UP"));
        return ops.post("/api/tenants", body, "Idempotency-Key", key);
    }

    private static List<String> tenantIds(LedgerHttp reporter, long position) {
        LedgerHttp.Response page = reporter.get("/api/tenants?size=100&minPosition=" + position);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items").findValuesAsString("id");
    }

    private ConfigurableApplicationContext service(Class<?> application, int storePort) {
        return new SpringApplicationBuilder(application)
                .run(
                        "--server.port=0",
                        "--campus.mongodb.uri=mongodb://127.0.0.1:" + storePort,
                        "--campus.mongodb.database=outage_data",
                        "--campus.users=" + LedgerAppTest.USERS,
                        "--campus.data-dir=" + dataDir.resolve(application.getSimpleName()),
                        "--spring.jmx.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
