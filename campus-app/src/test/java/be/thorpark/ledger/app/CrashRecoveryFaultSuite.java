package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.command.CommandSideApplication;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.query.QuerySideApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The one-JVM ledger, in a process of its own on the durable embedded store, under 8 clients
 * sending keyed commands, killed with SIGKILL several times. After every restart: each command that
 * was answered 2xx is stored exactly once, each command whose answer was lost in the crash runs (or
 * answers from its commit) when repeated with its key, no key is stuck, every view answers as its
 * rebuild does at the same position, and the hash chain is valid. In split mode, the query side
 * alone is killed in the middle of a rebuild: after its restart the views are whole and equal to a
 * rebuild, and a rebuild runs again. Figures go to {@code target/faults/crash-figures.txt}.
 *
 * <p>Not part of the default build: {@code ./mvnw -B -ntp -Pfaults -pl campus-app -am test} (see
 * docs/reliability.md).
 */
class CrashRecoveryFaultSuite {

    private static final int CLIENTS = 8;
    private static final int CYCLES = Integer.getInteger("faults.crash.cycles", 3);
    private static final Duration LOAD =
            Duration.ofSeconds(Long.getLong("faults.crash.load-seconds", 8));

    private static final String USERS = LedgerProcess.USERS;

    @TempDir Path work;

    /** Every keyed command sent: what it was, and the 2xx answer it got, if it got one. */
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger answeredOnRepeat = new AtomicInteger();
    private final AtomicInteger storedButUnanswered = new AtomicInteger();
    private final AtomicInteger keysStuck = new AtomicInteger();
    private final AtomicInteger viewChecks = new AtomicInteger();
    private final java.util.Queue<String> refused =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    record Sent(
            String key,
            String tenantId,
            String path,
            Map<String, Object> body,
            String firstAnswer) {
        Sent answered(String answer) {
            return new Sent(key, tenantId, path, body, answer);
        }

        boolean acknowledged() {
            return firstAnswer != null;
        }
    }

    @Test
    void everyAcknowledgedCommandSurvivesKillNineAndNoKeyIsStuck() throws Exception {
        Path dataDir = work.resolve("data");
        int port = freePort();
        List<String> tenants = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            Process ledger = start(dataDir, port, cycle);
            try {
                LedgerHttp ops = new LedgerHttp(port).as("ops", "ops-secret");
                LedgerHttp auditor = new LedgerHttp(port).as("auditor", "aud-secret");
                repeatEveryCommand(ops, auditor, tenants);
                if (!tenants.isEmpty()) {
                    assertViewsEqualToRebuild(
                            auditor, new LedgerHttp(port).as("admin", "adm-secret"));
                }
                if (tenants.isEmpty()) {
                    tenants.addAll(registerTenants(ops));
                }
                List<Thread> clients = load(ops, tenants, cycle);
                ledger.destroyForcibly();
                for (Thread client : clients) {
                    client.join(TimeUnit.SECONDS.toMillis(40));
                }
            } finally {
                ledger.destroyForcibly();
                assertThat(ledger.waitFor(30, TimeUnit.SECONDS))
                        .as("the killed ledger exited")
                        .isTrue();
            }
        }
        assertThat(refused).as("answers other than 2xx").isEmpty();

        Process ledger = start(dataDir, port, CYCLES + 1);
        try {
            LedgerHttp ops = new LedgerHttp(port).as("ops", "ops-secret");
            LedgerHttp auditor = new LedgerHttp(port).as("auditor", "aud-secret");
            repeatEveryCommand(ops, auditor, tenants);
            assertViewsEqualToRebuild(auditor, new LedgerHttp(port).as("admin", "adm-secret"));
            Figures figures = check(auditor, tenants);
            write(figures);
            assertThat(figures.lost).as(figures.toString()).isZero();
            assertThat(figures.duplicated).as(figures.toString()).isZero();
            assertThat(figures.stored).as(figures.toString()).isEqualTo(figures.keys);
            JsonNode integrity = auditor.get("/api/integrity").json();
            assertThat(integrity.get("valid").asBoolean()).as(integrity.toString()).isTrue();
        } finally {
            ledger.destroy();
            ledger.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Split mode: the store and the command side stay up, the query side is a process of its own,
     * killed with SIGKILL while a rebuild of every view runs. After a restart on the same data its
     * views answer as before the rebuild (nothing lost, nothing half-switched), and a rebuild runs
     * again to the same answers.
     */
    @Test
    void theQuerySideKilledInTheMiddleOfARebuildComesBackWholeAndRebuildsAgain() throws Exception {
        Path dataDir = work.resolve("split");
        EmbeddedMongoServer store =
                EmbeddedMongoServer.start(dataDir.resolve("store"), "127.0.0.1", 0, 64);
        ConfigurableApplicationContext commandSide = null;
        Process querySide = null;
        try {
            commandSide =
                    new SpringApplicationBuilder(CommandSideApplication.class)
                            .run(
                                    "--server.port=0",
                                    "--campus.mongodb.uri=" + store.connectionString(),
                                    "--campus.mongodb.database=split_crash",
                                    "--campus.users=" + USERS,
                                    "--campus.data-dir=" + dataDir.resolve("command"),
                                    "--spring.jmx.enabled=false",
                                    "--spring.main.banner-mode=off");
            LedgerHttp ops =
                    new LedgerHttp(
                                    ((WebServerApplicationContext) commandSide)
                                            .getWebServer()
                                            .getPort())
                            .as("ops", "ops-secret");
            List<String> tenants = registerTenants(ops);
            for (Thread client : load(ops, tenants, 0)) {
                client.join(TimeUnit.SECONDS.toMillis(40));
            }
            assertThat(refused).as("answers other than 2xx").isEmpty();

            int port = freePort();
            List<String> query =
                    List.of(
                            QuerySideApplication.class.getName(),
                            "-Dcampus.mongodb.uri=" + store.connectionString(),
                            "-Dcampus.mongodb.database=split_crash",
                            "-Dcampus.data-dir=" + dataDir.resolve("query"));
            querySide = start(port, "query-1", query);
            LedgerHttp auditor = new LedgerHttp(port).as("auditor", "aud-secret");
            LedgerHttp admin = new LedgerHttp(port).as("admin", "adm-secret");
            long head = ViewsAgainstRebuild.head(auditor);
            Map<String, String> before = ViewsAgainstRebuild.at(auditor, head);

            String rebuild = ViewsAgainstRebuild.start(admin);
            JsonNode progress = admin.get("/api/admin/rebuilds/" + rebuild).json();
            querySide.destroyForcibly();
            assertThat(querySide.waitFor(30, TimeUnit.SECONDS))
                    .as("the killed query side exited")
                    .isTrue();
            assertThat(progress.path("state").asString())
                    .as("killed in the middle of the rebuild: " + progress)
                    .isNotEqualTo("DONE");
            System.out.printf(
                    "split mode: query side killed at rebuild %s (head %d)%n", progress, head);

            querySide = start(port, "query-2", query);
            Map<String, String> after = ViewsAgainstRebuild.at(auditor, head);
            for (String list : ViewsAgainstRebuild.LISTS) {
                assertThat(after.get(list))
                        .as("%s after the restart, at position %d", list, head)
                        .isEqualTo(before.get(list));
            }
            ViewsAgainstRebuild.assertEqualToRebuild(auditor, admin, head);
            for (String list : ViewsAgainstRebuild.LISTS) {
                assertThat(ViewsAgainstRebuild.at(auditor, head).get(list))
                        .as("%s rebuilt again", list)
                        .isEqualTo(before.get(list));
            }
            JsonNode integrity = auditor.get("/api/integrity").json();
            assertThat(integrity.get("valid").asBoolean()).as(integrity.toString()).isTrue();
            write(
                    "split mode: "
                            + sent.size()
                            + " commands, head "
                            + head
                            + ", query side killed at rebuild state "
                            + progress.path("state").asString()
                            + " position "
                            + progress.path("position").asLong()
                            + "; after the restart every view equal to before and to a new"
                            + " rebuild");
        } finally {
            if (querySide != null) {
                querySide.destroyForcibly();
                querySide.waitFor(30, TimeUnit.SECONDS);
            }
            if (commandSide != null) {
                commandSide.close();
            }
            store.close();
        }
    }

    /**
     * Repeats every command sent so far with its key: an answered one must give its first answer
     * again, one whose answer was lost must now be answered 2xx (from its commit if it was stored,
     * by running if it was not); a 409 "in progress" would be a key stuck by the crash.
     */
    private void repeatEveryCommand(LedgerHttp ops, LedgerHttp auditor, List<String> tenants) {
        Map<String, Integer> storedBefore = storedPerKey(auditor, tenants);
        sent.values().stream()
                .filter(s -> !s.acknowledged())
                .filter(s -> storedBefore.containsKey(s.key()))
                .forEach(s -> storedButUnanswered.incrementAndGet());
        for (Sent command : List.copyOf(sent.values())) {
            LedgerHttp.Response answer = post(ops, command);
            assertThat(answer).as("repeat of %s", command.key()).isNotNull();
            if (answer.status() == 409 && answer.text().contains("IDEMPOTENCY_KEY_IN_PROGRESS")) {
                keysStuck.incrementAndGet();
            }
            assertThat(answer.status())
                    .as("repeat of %s: %s", command.key(), answer)
                    .isBetween(200, 299);
            if (command.acknowledged()) {
                assertThat(answer.text())
                        .as("repeat of %s", command.key())
                        .isEqualTo(command.firstAnswer());
            } else {
                answeredOnRepeat.incrementAndGet();
                sent.put(command.key(), command.answered(answer.text()));
            }
        }
    }

    private List<String> registerTenants(LedgerHttp ops) {
        List<String> ids = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Map<String, Object> tenant =
                    Campus.tenant("Crash Client " + client + " NV", "START_UP");
            Sent command = new Sent("tenant-" + client, null, "/api/tenants", tenant, null);
            sent.put(command.key(), command);
            LedgerHttp.Response answer = post(ops, command);
            assertThat(answer).isNotNull();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            sent.put(command.key(), command.answered(answer.text()));
            ids.add(answer.json().get("id").asString());
        }
        return ids;
    }

    /**
     * 8 clients send keyed job registrations until the ledger is killed under them; returns the
     * clients.
     */
    private List<Thread> load(LedgerHttp ops, List<String> tenants, int cycle)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String tenantId = tenants.get(c);
            String prefix = "c" + cycle + "-" + c + "-";
            Thread client =
                    new Thread(
                            () -> {
                                for (int n = 0; !stop.get(); n++) {
                                    Map<String, Object> jobs =
                                            body(
                                                    "change",
                                                    "CREATED",
                                                    "count",
                                                    1 + n % 5,
                                                    "category",
                                                    "assembly",
                                                    "effectiveDate",
                                                    "2024-01-01",
                                                    "reason",
                                                    "crash suite " + prefix + n);
                                    Sent command =
                                            new Sent(
                                                    prefix + n,
                                                    tenantId,
                                                    "/api/tenants/" + tenantId + "/jobs",
                                                    jobs,
                                                    null);
                                    sent.put(command.key(), command);
                                    LedgerHttp.Response answer = post(ops, command);
                                    if (answer == null) {
                                        return;
                                    }
                                    if (answer.status() < 200 || answer.status() > 299) {
                                        refused.add(command.key() + ": " + answer);
                                        return;
                                    }
                                    sent.put(command.key(), command.answered(answer.text()));
                                }
                            },
                            "crash-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        Thread.sleep(LOAD.toMillis());
        // Killed right after, while the clients are still sending: the last request of each is in
        // flight.
        stop.set(true);
        return clients;
    }

    /**
     * The answer, or null when the connection failed (the ledger was killed): the outcome is then
     * unknown.
     */
    private LedgerHttp.Response post(LedgerHttp ops, Sent command) {
        requests.incrementAndGet();
        try {
            return ops.post(command.path(), command.body(), "Idempotency-Key", command.key());
        } catch (UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * How many events of the clients' tenants carry each key; a tenant's own registration counts
     * too.
     */
    private static Map<String, Integer> storedPerKey(LedgerHttp auditor, List<String> tenants) {
        Map<String, Integer> storedPerKey = new HashMap<>();
        for (String tenantId : tenants) {
            JsonNode history =
                    auditor.get("/api/entities/" + tenantId + "/history").json().get("events");
            for (JsonNode event : history) {
                JsonNode key = event.get("idempotencyKey");
                if (key != null && !key.isNull()) {
                    storedPerKey.merge(key.asString(), 1, Integer::sum);
                }
            }
        }
        return storedPerKey;
    }

    private Figures check(LedgerHttp auditor, List<String> tenants) {
        Map<String, Integer> storedPerKey = storedPerKey(auditor, tenants);
        long stored = sent.keySet().stream().filter(storedPerKey::containsKey).count();
        long lost =
                sent.values().stream()
                        .filter(Sent::acknowledged)
                        .filter(s -> !storedPerKey.containsKey(s.key()))
                        .count();
        long duplicated = storedPerKey.values().stream().filter(n -> n > 1).count();
        long answeredLate = answeredOnRepeat.get();
        return new Figures(
                CYCLES,
                requests.get(),
                sent.size(),
                sent.size() - answeredLate,
                answeredLate,
                storedButUnanswered.get(),
                stored,
                lost,
                duplicated,
                keysStuck.get(),
                viewChecks.get());
    }

    /**
     * @param requests HTTP requests sent, repeats included
     * @param keys distinct keyed commands sent
     * @param acknowledged commands answered 2xx when first sent
     * @param answeredOnRepeat commands whose answer was lost in a crash, answered 2xx when repeated
     *     with their key
     * @param storedUnanswered of those, the ones already stored before the repeat (answered from
     *     their commit)
     * @param stored commands whose event is in the history
     * @param lost acknowledged commands not in the history
     * @param duplicated keys with more than one event in the history
     * @param keysStuck repeats answered 409 "in progress" (the suite fails on the first)
     * @param viewChecks restarts after which every view was compared with its rebuild
     */
    record Figures(
            int cycles,
            int requests,
            long keys,
            long acknowledged,
            long answeredOnRepeat,
            long storedUnanswered,
            long stored,
            long lost,
            long duplicated,
            long keysStuck,
            long viewChecks) {}

    /**
     * Every view answers at the head exactly as its rebuild does: a crash left no view behind or
     * wrong.
     */
    private void assertViewsEqualToRebuild(LedgerHttp auditor, LedgerHttp admin)
            throws InterruptedException {
        long head = ViewsAgainstRebuild.head(auditor);
        ViewsAgainstRebuild.assertEqualToRebuild(auditor, admin, head);
        viewChecks.incrementAndGet();
    }

    private void write(Figures figures) throws IOException {
        write(figures.toString());
    }

    private static void write(String figures) throws IOException {
        Path dir = Path.of("target", "faults");
        Files.createDirectories(dir);
        String text = Instant.now() + " " + figures + System.lineSeparator();
        Files.writeString(
                dir.resolve("crash-figures.txt"),
                text,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("CRASH FIGURES " + figures);
    }

    private Process start(Path dataDir, int port, int run) throws Exception {
        return start(
                port,
                "ledger-" + run,
                List.of(CampusLedgerApplication.class.getName(), "-Dcampus.data-dir=" + dataDir));
    }

    private Process start(int port, String name, List<String> mainAndProperties) throws Exception {
        return LedgerProcess.start(work, port, name, mainAndProperties);
    }

    private static int freePort() throws IOException {
        return LedgerProcess.freePort();
    }
}
