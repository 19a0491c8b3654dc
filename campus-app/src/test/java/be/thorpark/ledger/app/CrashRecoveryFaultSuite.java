package be.thorpark.ledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-JVM ledger, in a process of its own on the durable embedded store, under 8 clients sending keyed commands,
 * killed with SIGKILL several times. After every restart: each command that was answered 2xx is stored exactly once,
 * each command whose answer was lost in the crash runs (or answers from its commit) when repeated with its key, no
 * key is stuck, and the hash chain is valid. Figures go to {@code target/faults/crash-figures.txt}.
 * <p>
 * Not part of the default build: {@code ./mvnw -B -ntp -Pfaults -pl campus-app -am test} (see docs/reliability.md).
 */
class CrashRecoveryFaultSuite {

    private static final int CLIENTS = 8;
    private static final int CYCLES = Integer.getInteger("faults.crash.cycles", 3);
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("faults.crash.load-seconds", 8));
    private static final Duration START_DEADLINE = Duration.ofSeconds(120);
    private static final String USERS = "ops:ops-secret:OPERATIONS,auditor:aud-secret:AUDITOR";

    @TempDir
    Path work;

    /** Every keyed command sent: what it was, and the 2xx answer it got, if it got one. */
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger answeredOnRepeat = new AtomicInteger();
    private final AtomicInteger storedButUnanswered = new AtomicInteger();
    private final java.util.Queue<String> refused = new java.util.concurrent.ConcurrentLinkedQueue<>();

    record Sent(String key, String tenantId, String path, Map<String, Object> body, String firstAnswer) {
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
                repeatEveryCommand(ops, new LedgerHttp(port).as("auditor", "aud-secret"), tenants);
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
                assertThat(ledger.waitFor(30, TimeUnit.SECONDS)).as("the killed ledger exited").isTrue();
            }
        }
        assertThat(refused).as("answers other than 2xx").isEmpty();

        Process ledger = start(dataDir, port, CYCLES + 1);
        try {
            LedgerHttp ops = new LedgerHttp(port).as("ops", "ops-secret");
            LedgerHttp auditor = new LedgerHttp(port).as("auditor", "aud-secret");
            repeatEveryCommand(ops, auditor, tenants);
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
     * Repeats every command sent so far with its key: an answered one must give its first answer again, one whose
     * answer was lost must now be answered 2xx (from its commit if it was stored, by running if it was not); a 409
     * "in progress" would be a key stuck by the crash.
     */
    private void repeatEveryCommand(LedgerHttp ops, LedgerHttp auditor, List<String> tenants) {
        Map<String, Integer> storedBefore = storedPerKey(auditor, tenants);
        sent.values().stream().filter(s -> !s.acknowledged()).filter(s -> storedBefore.containsKey(s.key()))
                .forEach(s -> storedButUnanswered.incrementAndGet());
        for (Sent command : List.copyOf(sent.values())) {
            LedgerHttp.Response answer = post(ops, command);
            assertThat(answer).as("repeat of %s", command.key()).isNotNull();
            assertThat(answer.status()).as("repeat of %s: %s", command.key(), answer).isBetween(200, 299);
            if (command.acknowledged()) {
                assertThat(answer.text()).as("repeat of %s", command.key()).isEqualTo(command.firstAnswer());
            } else {
                answeredOnRepeat.incrementAndGet();
                sent.put(command.key(), command.answered(answer.text()));
            }
        }
    }

    private List<String> registerTenants(LedgerHttp ops) {
        List<String> ids = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Map<String, Object> tenant = Campus.tenant("Crash Client " + client + " NV", "START_UP");
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

    /** 8 clients send keyed job registrations until the ledger is killed under them; returns the clients. */
    private List<Thread> load(LedgerHttp ops, List<String> tenants, int cycle) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String tenantId = tenants.get(c);
            String prefix = "c" + cycle + "-" + c + "-";
            Thread client = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    Map<String, Object> jobs = body("change", "CREATED", "count", 1 + n % 5, "category", "assembly",
                            "effectiveDate", "2024-01-01", "reason", "crash suite " + prefix + n);
                    Sent command = new Sent(prefix + n, tenantId, "/api/tenants/" + tenantId + "/jobs", jobs, null);
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
            }, "crash-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        Thread.sleep(LOAD.toMillis());
        // Killed right after, while the clients are still sending: the last request of each is in flight.
        stop.set(true);
        return clients;
    }

    /** The answer, or null when the connection failed (the ledger was killed): the outcome is then unknown. */
    private LedgerHttp.Response post(LedgerHttp ops, Sent command) {
        requests.incrementAndGet();
        try {
            return ops.post(command.path(), command.body(), "Idempotency-Key", command.key());
        } catch (UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** How many events of the clients' tenants carry each key; a tenant's own registration counts too. */
    private static Map<String, Integer> storedPerKey(LedgerHttp auditor, List<String> tenants) {
        Map<String, Integer> storedPerKey = new HashMap<>();
        for (String tenantId : tenants) {
            JsonNode history = auditor.get("/api/entities/" + tenantId + "/history").json().get("events");
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
        long lost = sent.values().stream().filter(Sent::acknowledged)
                .filter(s -> !storedPerKey.containsKey(s.key())).count();
        long duplicated = storedPerKey.values().stream().filter(n -> n > 1).count();
        long answeredLate = answeredOnRepeat.get();
        return new Figures(CYCLES, requests.get(), sent.size(), sent.size() - answeredLate, answeredLate,
                storedButUnanswered.get(), stored, lost, duplicated);
    }

    /**
     * @param requests         HTTP requests sent, repeats included
     * @param keys             distinct keyed commands sent
     * @param acknowledged     commands answered 2xx when first sent
     * @param answeredOnRepeat commands whose answer was lost in a crash, answered 2xx when repeated with their key
     * @param storedUnanswered of those, the ones already stored before the repeat (answered from their commit)
     * @param stored           commands whose event is in the history
     * @param lost             acknowledged commands not in the history
     * @param duplicated       keys with more than one event in the history
     */
    record Figures(int cycles, int requests, long keys, long acknowledged, long answeredOnRepeat,
                   long storedUnanswered, long stored, long lost, long duplicated) {
    }

    private void write(Figures figures) throws IOException {
        Path dir = Path.of("target", "faults");
        Files.createDirectories(dir);
        String text = Instant.now() + " " + figures + System.lineSeparator();
        Files.writeString(dir.resolve("crash-figures.txt"), text, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("CRASH FIGURES " + figures);
    }

    private Process start(Path dataDir, int port, int run) throws Exception {
        Path log = work.resolve("ledger-" + run + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-Dcampus.data-dir=" + dataDir, "-Dcampus.users=" + USERS, "-Dserver.port=" + port,
                "-Dserver.address=127.0.0.1", "-cp", System.getProperty("java.class.path"),
                CampusLedgerApplication.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LedgerHttp anonymous = new LedgerHttp(port);
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the ledger is running; its log: %s", tail(log)).isTrue();
            try {
                if (anonymous.get("/actuator/health").status() == 200) {
                    return process;
                }
            } catch (UncheckedIOException | IllegalStateException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the ledger did not start within " + START_DEADLINE + "; its log: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
