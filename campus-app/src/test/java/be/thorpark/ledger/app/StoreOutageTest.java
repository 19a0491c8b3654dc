package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.query.QuerySideApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
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
    private ConfigurableApplicationContext querySide;

    @AfterEach
    void stop() {
        if (querySide != null) {
            long start = System.nanoTime();
            querySide.close();
            System.out.printf(
                    "query side closed in %d ms%n", (System.nanoTime() - start) / 1_000_000);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
