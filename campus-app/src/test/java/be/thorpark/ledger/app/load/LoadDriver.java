package be.thorpark.ledger.app.load;

import be.thorpark.ledger.app.history.CampusHistory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP load against the running one-JVM ledger (the campus-app boot jar, durable embedded store),
 * printed as Markdown. Not a test: see docs/benchmarks.md for the command and how to read it.
 *
 * <p>Without {@code --url} it starts the boot jar itself in a fresh data folder, as the README runs
 * it, and reports the time to ready and the resident memory. Then: concurrent clients each tell
 * their own {@link CampusHistory} (every command type, in its proportions) for the measured time,
 * with latency percentiles per type; authenticated GETs next to unauthenticated health checks in
 * alternating rounds; and the read-your-writes lag (command acknowledged, then its view read with
 * {@code ?minPosition=}).
 *
 * <p>Options: {@code --jar PATH | --url URL}, {@code --clients 32}, {@code --warmup 15} and {@code
 * --seconds 60} (command phase), {@code --get-seconds 10} (each GET round), {@code --ryw 200}
 * (read-your-writes samples), {@code --seed 11}, {@code --auth auto|basic|token}, {@code --token
 * SECRET}, {@code --jfr FILE} (a flight recording of the started application), {@code
 * --shared-archive FILE} (the class-data archive of the launch layout, for a {@code --jar} of
 * {@code campus-app/target/app}), {@code --ready-timeout 600} (seconds). With {@code auto} it asks
 * {@code POST /api/admin/tokens} for a token and sends it as {@code Bearer}; if that is not
 * answered 201 it sends Basic.
 */
public final class LoadDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPS = "ops";
    private static final String OPS_PASSWORD = "load-ops-secret";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "load-admin-secret";
    private static final long MAX_LATENCY_NANOS = Duration.ofMinutes(2).toNanos();

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final String base;
    private final String authorization;

    private LoadDriver(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        if (clients < 1 || 2 * clients + 1 > 200) {
            // Every client tells a campus history of its own, twice, plus one for read-your-writes.
            throw new IllegalArgumentException("--clients must be between 1 and 99");
        }
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int getSeconds = Integer.parseInt(options.getOrDefault("get-seconds", "10"));
        int rywSamples = Integer.parseInt(options.getOrDefault("ryw", "200"));
        long seed = Long.parseLong(options.getOrDefault("seed", "11"));
        String auth = options.getOrDefault("auth", "auto");

        System.out.printf(
                Locale.ROOT,
                "# Campus Ledger HTTP load, %s, %d cores, driver JDK %s%n",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(
                Locale.ROOT,
                "# options: clients=%d warmup=%ds seconds=%ds get-seconds=%ds ryw=%d seed=%d "
                        + "auth=%s%n",
                clients,
                warmup,
                seconds,
                getSeconds,
                rywSamples,
                seed,
                auth);
        App app = null;
        String url = options.get("url");
        try {
            if (url == null) {
                app =
                        App.start(
                                Path.of(
                                        options.getOrDefault(
                                                "jar",
                                                "campus-app/target/campus-app-1.0.0-SNAPSHOT.jar")),
                                options.get("jfr"),
                                options.get("shared-archive"),
                                options.getOrDefault("jvm-options", "jvm.options"),
                                Duration.ofSeconds(
                                        Long.parseLong(
                                                options.getOrDefault("ready-timeout", "600"))));
                url = app.url;
            }
            String basic = basic(OPS, OPS_PASSWORD);
            String authorization =
                    switch (auth) {
                        case "basic" -> basic;
                        case "token" -> "Bearer " + options.get("token");
                        default ->
                                options.containsKey("token")
                                        ? "Bearer " + options.get("token")
                                        : tokenOr(url, basic);
                    };
            System.out.printf(
                    Locale.ROOT,
                    "# credentials: %s%n",
                    authorization.startsWith("Bearer") ? "API token (Bearer)" : "HTTP Basic");
            LoadDriver driver = new LoadDriver(url, authorization);
            if (app != null) {
                System.out.printf(
                        Locale.ROOT,
                        "%n## Start-up%n%n- started as `%s`%n- ready (health UP) "
                                + "after %.2f s; resident memory then %,d MiB%n",
                        app.commandLine,
                        app.readySeconds,
                        app.rssMiB());
            }
            // Histories 0 to clients-1 warm up, the next clients are measured, the one after is the
            // read-your-writes history: each its own campus.
            driver.commands(clients, seed, warmup, 0, false);
            driver.commands(clients, seed, seconds, clients, true);
            if (app != null) {
                System.out.printf(
                        Locale.ROOT,
                        "%n- resident memory after the command phase: %,d MiB%n",
                        app.rssMiB());
            }
            driver.gets(clients, getSeconds);
            driver.readYourWrites(rywSamples, seed, 2 * clients);
            if (app != null) {
                System.out.printf(
                        Locale.ROOT,
                        "%n- resident memory at the end: %,d MiB; history head position %s" + "%n",
                        app.rssMiB(),
                        driver.head());
            }
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    /**
     * Every client tells its own campus history; one latency histogram per command type and one for
     * all.
     */
    private void commands(int clients, long seed, int seconds, int firstCampus, boolean report)
            throws Exception {
        Map<CampusHistory.Kind, Histogram> byKind = new EnumMap<>(CampusHistory.Kind.class);
        for (CampusHistory.Kind kind : CampusHistory.Kind.values()) {
            byKind.put(kind, new Histogram(MAX_LATENCY_NANOS, 3));
        }
        Histogram all = new Histogram(MAX_LATENCY_NANOS, 3);
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<CampusHistory.Kind, Histogram>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int campus = firstCampus + c;
            results.add(
                    pool.submit(
                            () -> {
                                CampusHistory history = new CampusHistory(seed, campus);
                                Map<CampusHistory.Kind, Histogram> mine =
                                        new EnumMap<>(CampusHistory.Kind.class);
                                while (System.nanoTime() < deadline) {
                                    CampusHistory.Command command = history.next();
                                    long sent = System.nanoTime();
                                    HttpResponse<String> answer =
                                            post(
                                                    command.path(),
                                                    JSON.writeValueAsString(command.body()));
                                    long took = System.nanoTime() - sent;
                                    mine.computeIfAbsent(
                                                    command.kind(),
                                                    k -> new Histogram(MAX_LATENCY_NANOS, 3))
                                            .recordValue(Math.min(took, MAX_LATENCY_NANOS));
                                    if (answer.statusCode() / 100 == 2) {
                                        history.created(
                                                JSON.readTree(answer.body())
                                                        .path("id")
                                                        .asString(null));
                                    } else {
                                        history.refused();
                                        errors.computeIfAbsent(
                                                        command.kind() + " " + answer.statusCode(),
                                                        k -> new LongAdder())
                                                .increment();
                                        if (errorSamples.size() < 5) {
                                            errorSamples.add(
                                                    command.kind()
                                                            + " "
                                                            + command.path()
                                                            + " -> "
                                                            + answer.statusCode()
                                                            + " "
                                                            + answer.body());
                                        }
                                    }
                                }
                                return mine;
                            }));
        }
        for (Future<Map<CampusHistory.Kind, Histogram>> result : results) {
            result.get()
                    .forEach(
                            (kind, histogram) -> {
                                byKind.get(kind).add(histogram);
                                all.add(histogram);
                            });
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (!report) {
            return;
        }
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf(
                Locale.ROOT,
                "%n## Commands: %d clients for %d s, every type in its proportion%n%n",
                clients,
                seconds);
        System.out.printf(
                Locale.ROOT,
                "%,d commands in %.1f s = **%.0f commands/s**, %,d errors%n%n",
                all.getTotalCount(),
                elapsed,
                all.getTotalCount() / elapsed,
                errorCount);
        System.out.println("| command | count | share | p50 ms | p99 ms | p99.9 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        row("all", all, all.getTotalCount());
        byKind.forEach(
                (kind, histogram) -> {
                    if (histogram.getTotalCount() > 0) {
                        row(kind.name(), histogram, all.getTotalCount());
                    }
                });
        if (errorCount > 0) {
            System.out.printf(Locale.ROOT, "%nerrors: %s%n", errors);
            errorSamples.forEach(sample -> System.out.println("- " + sample));
        }
    }

    /**
     * Authenticated reads next to unauthenticated health checks, in alternating rounds of the same
     * length.
     */
    private void gets(int clients, int seconds) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "%n## GET rate: %d clients, alternating rounds of %d s%n%n",
                clients,
                seconds);
        System.out.println(
                "| round | authenticated GET /api/tenants?size=20 (req/s, p99 ms, errors) |"
                        + " unauthenticated GET /actuator/health (req/s, p99 ms, errors) | ratio |");
        System.out.println("| --- | --- | --- | --- |");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            Rate api = rate(clients, seconds, "/api/tenants?size=20", authorization);
            Rate health = rate(clients, seconds, "/actuator/health", null);
            ratios.add(api.perSecond / health.perSecond);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %.0f, %.1f, %d | %.0f, %.1f, %d | %.2f |%n",
                    round,
                    api.perSecond,
                    api.p99Ms,
                    api.errors,
                    health.perSecond,
                    health.p99Ms,
                    health.errors,
                    api.perSecond / health.perSecond);
        }
        ratios.sort(Comparator.naturalOrder());
        System.out.printf(
                Locale.ROOT, "%nmedian ratio authenticated / health: **%.2f**%n", ratios.get(1));
    }

    private record Rate(double perSecond, double p99Ms, long errors) {}

    private Rate rate(int clients, int seconds, String path, String credentials) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        List<Future<Histogram>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(
                    pool.submit(
                            () -> {
                                Histogram mine = new Histogram(MAX_LATENCY_NANOS, 3);
                                while (System.nanoTime() < deadline) {
                                    long sent = System.nanoTime();
                                    HttpResponse<String> answer = get(path, credentials);
                                    mine.recordValue(
                                            Math.min(System.nanoTime() - sent, MAX_LATENCY_NANOS));
                                    if (answer.statusCode() != 200) {
                                        errors.incrementAndGet();
                                    }
                                }
                                return mine;
                            }));
        }
        Histogram all = new Histogram(MAX_LATENCY_NANOS, 3);
        for (Future<Histogram> result : results) {
            all.add(result.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Rate(
                all.getTotalCount() / elapsed, all.getValueAtPercentile(99) / 1e6, errors.get());
    }

    /**
     * One client at a time: a command, then at once its view with {@code ?minPosition=} of the
     * command's position; the lag is from the command's answer to the view's answer that reflects
     * it.
     */
    private void readYourWrites(int samples, long seed, int campus) {
        Histogram lag = new Histogram(MAX_LATENCY_NANOS, 3);
        Histogram commandLatency = new Histogram(MAX_LATENCY_NANOS, 3);
        long refused = 0;
        CampusHistory history = new CampusHistory(seed, campus);
        for (int i = 0; i < samples; i++) {
            CampusHistory.Command command = history.next();
            long sent = System.nanoTime();
            HttpResponse<String> answer =
                    post(command.path(), JSON.writeValueAsString(command.body()));
            long acknowledged = System.nanoTime();
            if (answer.statusCode() / 100 != 2) {
                history.refused();
                refused++;
                continue;
            }
            commandLatency.recordValue(acknowledged - sent);
            JsonNode result = JSON.readTree(answer.body());
            history.created(result.path("id").asString(null));
            long position = result.path("position").asLong();
            HttpResponse<String> view =
                    get(viewOf(command, result) + "minPosition=" + position, authorization);
            long visible = System.nanoTime();
            String reflected = view.headers().firstValue("Event-Position").orElse("0");
            if (view.statusCode() != 200 || Long.parseLong(reflected) < position) {
                refused++;
                continue;
            }
            lag.recordValue(visible - acknowledged);
        }
        System.out.printf(
                Locale.ROOT,
                "%n## Read-your-writes: %d commands one after another, each followed by its "
                        + "view with ?minPosition=%n%n",
                samples);
        System.out.println("| measure | count | p50 ms | p99 ms | p99.9 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        System.out.printf(
                Locale.ROOT,
                "| command acknowledged | %d | %.1f | %.1f | %.1f | %.1f |%n",
                commandLatency.getTotalCount(),
                ms(commandLatency, 50),
                ms(commandLatency, 99),
                ms(commandLatency, 99.9),
                commandLatency.getMaxValue() / 1e6);
        System.out.printf(
                Locale.ROOT,
                "| acknowledged -> visible | %d | %.1f | %.1f | %.1f | %.1f |%n",
                lag.getTotalCount(),
                ms(lag, 50),
                ms(lag, 99),
                ms(lag, 99.9),
                lag.getMaxValue() / 1e6);
        System.out.printf(
                Locale.ROOT,
                "%nrefused commands or views not reflecting the command: %d%n",
                refused);
    }

    /** The view a command shows up in, ready for one more query parameter. */
    private static String viewOf(CampusHistory.Command command, JsonNode result) {
        String path = command.path();
        return switch (command.kind()) {
            case UNIT -> "/api/units/" + result.path("id").asString() + "?";
            case TENANT -> "/api/tenants/" + result.path("id").asString() + "?";
            case ARRIVAL, JOBS -> path.substring(0, path.lastIndexOf('/')) + "?";
            case LEASE -> "/api/leases/" + result.path("id").asString() + "?";
            case AMENDMENT, TERMINATION -> path.substring(0, path.lastIndexOf('/')) + "?";
            case PROGRAMME -> "/api/funding-programmes/" + result.path("id").asString() + "?";
            default ->
                    path.substring(0, path.indexOf('/', "/api/funding-programmes/".length())) + "?";
        };
    }

    private String head() {
        HttpResponse<String> answer =
                get("/api/events?after=0&limit=1", basic(ADMIN, ADMIN_PASSWORD));
        return answer.statusCode() == 200
                ? JSON.readTree(answer.body()).path("headPosition").asString()
                : "unknown (" + answer.statusCode() + ")";
    }

    private static void row(String name, Histogram histogram, long total) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %,d | %.1f %% | %.1f | %.1f | %.1f | %.1f |%n",
                name,
                histogram.getTotalCount(),
                100.0 * histogram.getTotalCount() / total,
                ms(histogram, 50),
                ms(histogram, 99),
                ms(histogram, 99.9),
                histogram.getMaxValue() / 1e6);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    private HttpResponse<String> post(String path, String json) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json"),
                authorization);
    }

    private HttpResponse<String> get(String path, String credentials) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) {
        if (credentials != null) {
            request.header("Authorization", credentials);
        }
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token for the operations role when the ledger issues them (201), else Basic. */
    private static String tokenOr(String url, String basic) {
        LoadDriver admin = new LoadDriver(url, basic(ADMIN, ADMIN_PASSWORD));
        HttpResponse<String> answer =
                admin.post(
                        "/api/admin/tokens",
                        JSON.writeValueAsString(
                                Map.of(
                                        "label",
                                        "load-driver",
                                        "roles",
                                        List.of("OPERATIONS", "REPORTING"),
                                        "expiresAt",
                                        Instant.now().plus(Duration.ofDays(1)).toString())));
        if (answer.statusCode() == 201) {
            return "Bearer " + JSON.readTree(answer.body()).path("token").asString();
        }
        System.out.printf(
                Locale.ROOT,
                "# POST /api/admin/tokens answered %d: sending HTTP Basic%n",
                answer.statusCode());
        return basic;
    }

    private static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The boot jar in a process of its own, in a fresh data folder, with the README's settings. */
    private static final class App {
        final Process process;
        final String url;
        final double readySeconds;
        final String commandLine;
        final Path dataDir;

        private App(
                Process process,
                String url,
                double readySeconds,
                String commandLine,
                Path dataDir) {
            this.process = process;
            this.url = url;
            this.readySeconds = readySeconds;
            this.commandLine = commandLine;
            this.dataDir = dataDir;
        }

        /**
         * @param jfr a file for a flight recording of the application (profiling a missed target),
         *     or null
         * @param sharedArchive the class-data archive written with the launch layout, or null
         * @param jvmOptions the argument file of JVM settings the README and the Docker images use
         */
        static App start(
                Path jar,
                String jfr,
                String sharedArchive,
                String jvmOptions,
                Duration readyTimeout)
                throws Exception {
            if (sharedArchive != null && !Files.isRegularFile(Path.of(sharedArchive))) {
                // The JVM would start without it and say so only in a warning: a slower start
                // measured as if it were the archive's.
                throw new IllegalArgumentException(
                        "no class-data archive at " + Path.of(sharedArchive).toAbsolutePath());
            }
            if (!Files.isRegularFile(Path.of(jvmOptions))) {
                throw new IllegalArgumentException(
                        "no JVM settings at "
                                + Path.of(jvmOptions).toAbsolutePath()
                                + "; give --jvm-options");
            }
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(
                        "no boot jar at "
                                + jar.toAbsolutePath()
                                + "; build it first or give --jar");
            }
            Path dataDir = Files.createTempDirectory("ledger-load");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command =
                    new ArrayList<>(
                            List.of(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "@" + Path.of(jvmOptions).toAbsolutePath()));
            if (jfr != null) {
                command.add(
                        "-XX:StartFlightRecording=filename="
                                + Path.of(jfr).toAbsolutePath()
                                + ",settings=profile");
            }
            if (sharedArchive != null) {
                command.add("-XX:SharedArchiveFile=" + Path.of(sharedArchive).toAbsolutePath());
            }
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(dataDir.resolve("app.log").toFile());
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            builder.environment().put("CAMPUS_DATA_DIR", dataDir.resolve("data").toString());
            builder.environment()
                    .put(
                            "CAMPUS_USERS",
                            OPS
                                    + ":"
                                    + OPS_PASSWORD
                                    + ":OPERATIONS+REPORTING,"
                                    + ADMIN
                                    + ":"
                                    + ADMIN_PASSWORD
                                    + ":ADMIN+AUDITOR+REPORTING");
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                double ready =
                        awaitReady(
                                process,
                                "http://127.0.0.1:" + port,
                                started,
                                readyTimeout,
                                dataDir);
                return new App(
                        process,
                        "http://127.0.0.1:" + port,
                        ready,
                        String.join(" ", command.subList(1, command.size())),
                        dataDir);
            } catch (Exception | Error e) {
                process.destroyForcibly().waitFor();
                throw e;
            }
        }

        private static double awaitReady(
                Process process, String url, long started, Duration timeout, Path dataDir)
                throws Exception {
            HttpClient probe =
                    HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(1))
                            .build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "the application stopped; see " + dataDir.resolve("app.log"));
                }
                try {
                    HttpResponse<String> health =
                            probe.send(
                                    HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("UP")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > timeout.toNanos()) {
                    throw new IllegalStateException(
                            "not ready after " + timeout + "; see " + dataDir.resolve("app.log"));
                }
                Thread.sleep(50);
            }
            return (System.nanoTime() - started) / 1e9;
        }

        long rssMiB() {
            try {
                for (String line :
                        Files.readAllLines(
                                Path.of("/proc", Long.toString(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (IOException e) {
                return -1;
            }
            return -1;
        }

        void stop() throws Exception {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
