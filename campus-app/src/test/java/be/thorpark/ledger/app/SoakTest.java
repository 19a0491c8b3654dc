package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.EventLog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A steady load for a bounded time ({@code campus.soak.duration}, 3 minutes by default): clients
 * register tenants and their jobs and read the lists. No request fails, the history holds exactly
 * the events of the accepted commands and its chain is valid, and the heap after a full GC and the
 * thread count do not grow. Only in the {@code faults} profile.
 */
@EnabledIfSystemProperty(named = "campus.soak", matches = "true")
class SoakTest {

    private static final int CLIENTS = 4;

    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        app =
                new SpringApplicationBuilder(CampusLedgerApplication.class)
                        .run(
                                "--server.port=0",
                                "--campus.data-dir=" + Files.createTempDirectory("campus-soak"),
                                "--campus.users=" + LedgerAppTest.USERS,
                                // Two memories fill up to their bounds as the history grows: the
                                // store's page cache and the last commits kept for this process's
                                // processors. Small bounds are reached in the warm-up, so the heap
                                // measured below shows growth that has no bound.
                                "--campus.embedded.cache-mb=16",
                                "--campus.event-store.recent-events=256",
                                "--spring.jmx.enabled=false",
                                "--spring.main.banner-mode=off");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aSteadyLoadLeavesNoErrorsNoLostEventsAndNoGrowth() throws Exception {
        Duration duration = Duration.parse(System.getProperty("campus.soak.duration", "PT3M"));
        EventLog log = app.getBean(EventLog.class);
        LedgerHttp ops = new LedgerHttp(port).as("ops", "ops-secret");
        LedgerHttp reporter = new LedgerHttp(port).as("reporter", "rep-secret");

        long before = log.headPosition();
        LedgerHttp.Response first =
                ops.post("/api/tenants", Campus.tenant("Soak Warm-up NV", "START_UP"));
        assertThat(first.status()).isEqualTo(201);
        long eventsPerTenant = log.headPosition() - before;
        runLoad(ops, reporter, Duration.ofSeconds(20), new Counters());
        long startHeap = heapAfterGc();
        int startThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        long startHead = log.headPosition();

        Counters counters = new Counters();
        runLoad(ops, reporter, duration, counters);

        long endHeap = heapAfterGc();
        int endThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        long appended = log.headPosition() - startHead;
        System.out.printf(
                "soak %s: %d tenants and %d job registrations accepted, %d reads, %d errors %s; "
                        + "%d events appended; heap after GC %d MB -> %d MB; threads %d -> %d%n",
                duration,
                counters.tenants.get(),
                counters.jobs.get(),
                counters.reads.get(),
                counters.errors.get(),
                counters.errorSamples.keySet(),
                appended,
                startHeap >> 20,
                endHeap >> 20,
                startThreads,
                endThreads);

        assertThat(counters.errors.get()).as(counters.errorSamples.toString()).isZero();
        assertThat(appended)
                .isEqualTo(counters.tenants.get() * eventsPerTenant + counters.jobs.get());
        LedgerHttp.Response integrity =
                new LedgerHttp(port).as("auditor", "aud-secret").get("/api/integrity");
        assertThat(integrity.json().path("valid").asBoolean()).as(integrity.text()).isTrue();
        assertThat(endHeap).as("heap after GC").isLessThan(startHeap * 3 / 2 + (64L << 20));
        assertThat(endThreads).as("threads").isLessThanOrEqualTo(startThreads + 16);
    }

    static final class Counters {
        final AtomicLong tenants = new AtomicLong();
        final AtomicLong jobs = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final Map<String, Boolean> errorSamples = new ConcurrentHashMap<>();
    }

    private static void runLoad(
            LedgerHttp ops, LedgerHttp reporter, Duration duration, Counters counters)
            throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(
                        pool.submit(
                                () -> {
                                    int round = 0;
                                    while (System.nanoTime() < end) {
                                        round++;
                                        LedgerHttp.Response tenant =
                                                ops.post(
                                                        "/api/tenants",
                                                        Campus.tenant(
                                                                "Soak " + client + "-" + round
                                                                        + " NV",
                                                                "SCALE_UP"));
                                        if (!count(tenant, 201, counters, counters.tenants)) {
                                            continue;
                                        }
                                        String id = tenant.json().path("id").asString();
                                        for (int j = 0; j < 3; j++) {
                                            count(
                                                    ops.post(
                                                            "/api/tenants/" + id + "/jobs",
                                                            body(
                                                                    "change",
                                                                    "CREATED",
                                                                    "count",
                                                                    2,
                                                                    "category",
                                                                    "engineering",
                                                                    "effectiveDate",
                                                                    "2024-0" + (j + 1) + "-01")),
                                                    200,
                                                    counters,
                                                    counters.jobs);
                                        }
                                        count(
                                                reporter.get("/api/tenants?size=20"),
                                                200,
                                                counters,
                                                counters.reads);
                                    }
                                    return null;
                                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean count(
            LedgerHttp.Response response, int expected, Counters counters, AtomicLong ok) {
        if (response.status() == expected || (expected == 200 && response.status() == 201)) {
            ok.incrementAndGet();
            return true;
        }
        counters.errors.incrementAndGet();
        counters.errorSamples.putIfAbsent(
                response.status()
                        + " "
                        + response.text().substring(0, Math.min(120, response.text().length())),
                true);
        return false;
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
