package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.EventLog;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input on every command endpoint of the running ledger, the endpoints read from its handler
 * mappings so that a new one cannot be left out: malformed, truncated, oversized, wrongly typed,
 * odd-text and boundary values, wrong media types; and valid requests ({@link ValidCommands}) and
 * valid ones with one field broken, on real entities. Never a 5xx; every refusal is problem+json
 * naming no internals and appends nothing; a valid request is accepted or refused for a rule
 * (409/422); an accepted one appends exactly the events its answer names (up to its position, all
 * of its request); the hash chain is valid throughout. 200 tries by default ({@code
 * junit-platform.properties}); more in the {@code faults} profile.
 */
class CommandFuzzTest {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.shared();

    static ConfigurableApplicationContext app;
    static String base;
    static List<CommandEndpoint> endpoints;
    static final AtomicInteger accepted = new AtomicInteger();
    static final AtomicInteger refused = new AtomicInteger();

    /** Set once a try withdrew the report line: every later request that names it finds none. */
    static final java.util.concurrent.atomic.AtomicBoolean lineWithdrawn =
            new java.util.concurrent.atomic.AtomicBoolean();

    static final Map<Kind, AtomicInteger> tries = new java.util.EnumMap<>(Kind.class);
    static final Map<Kind, AtomicInteger> acceptedOf = new java.util.EnumMap<>(Kind.class);
    static ValidCommands valid;

    /** What a try sends: bad input, a valid request, or a valid request with one field broken. */
    enum Kind {
        BAD,
        VALID,
        NEAR_VALID
    }

    /**
     * One command endpoint as the handler mappings give it: method, path pattern, and its body's
     * field names.
     */
    record CommandEndpoint(String method, String pattern, Map<String, Object> skeleton) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One request: the endpoint, its path, media type and body bytes. */
    record Attempt(
            CommandEndpoint endpoint,
            String path,
            String contentType,
            byte[] body,
            String what,
            Kind kind) {
        Attempt(
                CommandEndpoint endpoint,
                String path,
                String contentType,
                byte[] body,
                String what) {
            this(endpoint, path, contentType, body, what, Kind.BAD);
        }

        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return kind
                    + " "
                    + endpoint.method()
                    + " "
                    + path
                    + " ["
                    + contentType
                    + "] "
                    + what
                    + ": "
                    + (text.length() > 300
                            ? text.substring(0, 300) + "... (" + body.length + " bytes)"
                            : text);
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        Path dataDir = Files.createTempDirectory("campus-fuzz");
        app =
                new SpringApplicationBuilder(CampusLedgerApplication.class)
                        .run(
                                "--server.port=0",
                                "--campus.data-dir=" + dataDir,
                                "--campus.users=" + LedgerAppTest.USERS,
                                "--spring.jmx.enabled=false",
                                "--spring.main.banner-mode=off",
                                "--campus.http.max-body-bytes=256KB");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        RequestMappingHandlerMapping mappings =
                app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET
                        || method == RequestMethod.HEAD
                        || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        endpoints.add(
                                new CommandEndpoint(
                                        method.name(), pattern, skeleton(entry.getValue())));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(CommandEndpoint::toString));
        assertThat(endpoints)
                .as("command endpoints from the handler mappings")
                .hasSizeGreaterThan(10);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        valid =
                new ValidCommands(
                        new LedgerHttp(port).as("ops", "ops-secret"),
                        new LedgerHttp(port).as("admin", "adm-secret"),
                        new LedgerHttp(port).as("auditor", "aud-secret"));
        // A new command endpoint needs a valid request in the catalogue, so that acceptance is
        // fuzzed as well.
        assertThat(
                        endpoints.stream()
                                .map(CommandEndpoint::toString)
                                .filter(
                                        e ->
                                                !valid.covers(e)
                                                        && !ValidCommands.NOT_JSON.containsKey(e))
                                .toList())
                .as("command endpoints without a valid request in ValidCommands")
                .isEmpty();
        for (Kind kind : Kind.values()) {
            tries.put(kind, new AtomicInteger());
            acceptedOf.put(kind, new AtomicInteger());
        }
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            assertChainValid();
            System.out.printf(
                    "fuzzing: %d endpoints, %d requests refused, %d accepted; tries by kind %s, "
                            + "accepted by kind %s; head position %d%n",
                    endpoints.size(),
                    refused.get(),
                    accepted.get(),
                    tries,
                    acceptedOf,
                    app.getBean(EventLog.class).headPosition());
        } finally {
            app.close();
        }
    }

    @Property
    void badInputIsRefusedWithAProblemAndAppendsNothing(@ForAll("attempts") Attempt attempt)
            throws Exception {
        EventLog log = app.getBean(EventLog.class);
        long before = log.headPosition();
        String key = "fuzz-" + java.util.UUID.randomUUID();
        tries.get(attempt.kind()).incrementAndGet();

        HttpResponse<String> answer = send(attempt, key);

        assertThat(answer.statusCode())
                .as(attempt + " -> " + answer.body())
                .isLessThan(500)
                .isGreaterThanOrEqualTo(200);
        if (attempt.kind() == Kind.VALID) {
            assertThat(answer.statusCode())
                    .as(
                            "a valid request is accepted or refused for a rule: "
                                    + attempt
                                    + " -> "
                                    + answer.body())
                    .satisfiesAnyOf(
                            s -> assertThat(s).isBetween(200, 299),
                            s -> assertThat(s).isIn(409, 422),
                            // The one valid request that removes what it names: once an earlier
                            // try withdrew the line, the line is gone and the answer says so, to
                            // the withdrawal and to every other request on that line.
                            s ->
                                    assertThat(
                                                    s == 404
                                                            && attempt.toString()
                                                                    .contains("/lines/")
                                                            && (lineWithdrawn.get()
                                                                    || attempt.toString()
                                                                            .contains(
                                                                                    "/withdrawal"))
                                                            && answer.body()
                                                                    .contains(
                                                                            "\"code\":\"LINE_NOT_FOUND\""))
                                            .isTrue());
        }
        if (answer.statusCode() / 100 == 2 && attempt.toString().contains("/withdrawal")) {
            lineWithdrawn.set(true);
        }
        if (answer.statusCode() >= 400) {
            refused.incrementAndGet();
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as(attempt + " -> " + answer.body())
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt())
                    .as(attempt.toString())
                    .isEqualTo(answer.statusCode());
            assertThat(problem.path("title").asString()).as(attempt.toString()).isNotBlank();
            // The instance echoes the request's own path, which may hold any random text.
            String instance = problem.path("instance").asString("");
            assertThat(instance.isEmpty() ? answer.body() : answer.body().replace(instance, ""))
                    .as(attempt.toString())
                    .doesNotContain(
                            "Exception",
                            "java.",
                            "tools.jackson",
                            "springframework",
                            "be.thorpark",
                            "\tat ",
                            "mongo");
            assertThat(log.headPosition()).as("nothing appended by " + attempt).isEqualTo(before);
        } else {
            accepted.incrementAndGet();
            acceptedOf.get(attempt.kind()).incrementAndGet();
            assertAppendedAsAnswered(log, before, key, attempt, answer);
            assertChainValid();
        }
    }

    /**
     * A command's answer ({@code id}, {@code version}, {@code position}) names what it appended:
     * the events after the head before the request up to that position, all carrying the request's
     * key, the last one at that version. Any other answer (a token, a rebuild's progress, a digest
     * check) appended nothing.
     */
    private static void assertAppendedAsAnswered(
            EventLog log, long before, String key, Attempt attempt, HttpResponse<String> answer) {
        String context = attempt + " -> " + answer.body();
        List<be.thorpark.ledger.eventstore.StoredEvent> appended = log.readAfter(before, 10_000);
        JsonNode json = answer.body().isBlank() ? JSON.missingNode() : JSON.readTree(answer.body());
        if (!(json.has("id") && json.has("version") && json.has("position"))) {
            assertThat(appended)
                    .as("an answer that is no command's appended nothing: " + context)
                    .isEmpty();
            return;
        }
        long position = json.get("position").asLong();
        assertThat(appended).as("events appended by " + context).isNotEmpty();
        assertThat(appended.get(appended.size() - 1).position()).as(context).isEqualTo(position);
        assertThat(answer.headers().firstValue("Event-Position"))
                .as(context)
                .contains(Long.toString(position));
        for (be.thorpark.ledger.eventstore.StoredEvent event : appended) {
            assertThat(event.metadata())
                    .as("event at %d carries the request's key: %s", event.position(), context)
                    .contains(key);
        }
        // The answered id is the entity the command created or changed, and the version is its own;
        // an entity that
        // lives inside another aggregate (a disbursement in its programme) has that aggregate's
        // version.
        String id = json.path("id").asString();
        assertThat(appended)
                .as("an event appended by %s names %s", context, id)
                .anyMatch(e -> e.aggregateId().equals(id) || e.payload().contains(id));
        List<be.thorpark.ledger.eventstore.StoredEvent> own =
                appended.stream().filter(e -> e.aggregateId().equals(id)).toList();
        if (own.isEmpty()) {
            assertThat(
                            appended.stream()
                                    .map(be.thorpark.ledger.eventstore.StoredEvent::aggregateId)
                                    .distinct())
                    .as("events of one aggregate for " + context)
                    .hasSize(1);
            own = appended;
        }
        assertThat(own.get(own.size() - 1).sequence() + 1)
                .as("version of " + context)
                .isEqualTo(json.path("version").asLong());
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<CommandEndpoint> endpoint = Arbitraries.of(endpoints);
        return endpoint.flatMap(
                e -> {
                    Arbitrary<Attempt> bad =
                            Combinators.combine(pathOf(e), contentType(), body(e))
                                    .as(
                                            (path, type, body) ->
                                                    new Attempt(
                                                            e,
                                                            path,
                                                            type,
                                                            body.bytes(),
                                                            body.what()));
                    if (!valid.covers(e.toString())) {
                        return bad;
                    }
                    return Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(3, bad),
                            net.jqwik.api.Tuple.of(1, validAttempt(e)),
                            net.jqwik.api.Tuple.of(1, nearValidAttempt(e)));
                });
    }

    private Arbitrary<Attempt> validAttempt(CommandEndpoint e) {
        return Arbitraries.create(
                () ->
                        new Attempt(
                                e,
                                valid.path(e.pattern()),
                                "application/json",
                                JSON.writeValueAsBytes(valid.bodyOf(e.toString()).orElseThrow()),
                                "valid",
                                Kind.VALID));
    }

    /**
     * A valid body with one field dropped, or replaced by an odd value, at the top or one level
     * down.
     */
    private Arbitrary<Attempt> nearValidAttempt(CommandEndpoint e) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.of(true, false, false),
                        Odd.oddValue())
                .as(
                        (field, inner, drop, odd) -> {
                            Map<String, Object> body = valid.bodyOf(e.toString()).orElseThrow();
                            String broken = breakOneField(body, field, inner, drop, odd);
                            return new Attempt(
                                    e,
                                    valid.path(e.pattern()),
                                    "application/json",
                                    Odd.ESCAPING.writeValueAsBytes(body),
                                    broken,
                                    Kind.NEAR_VALID);
                        });
    }

    @SuppressWarnings("unchecked")
    private static String breakOneField(
            Map<String, Object> body, int field, int inner, boolean drop, Object odd) {
        if (body.isEmpty()) {
            body.put("unexpected", odd);
            return "unexpected field";
        }
        String name = new ArrayList<>(body.keySet()).get(field % body.size());
        Object value = body.get(name);
        if (value instanceof Map<?, ?> nested && !nested.isEmpty() && inner % 2 == 0) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) nested);
            body.put(name, copy);
            return name + "." + breakOneField(copy, inner, 0, drop, odd);
        }
        if (drop) {
            body.remove(name);
            return name + " dropped";
        }
        body.put(name, odd);
        return name + " broken";
    }

    private Arbitrary<String> pathOf(CommandEndpoint endpoint) {
        List<String> variables = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{[^}]+}").matcher(endpoint.pattern());
        while (m.find()) {
            variables.add(m.group());
        }
        if (variables.isEmpty()) {
            return Arbitraries.just(endpoint.pattern());
        }
        return Odd.ids()
                .list()
                .ofSize(variables.size())
                .map(
                        ids -> {
                            String path = endpoint.pattern();
                            for (int i = 0; i < ids.size(); i++) {
                                path =
                                        path.replace(
                                                variables.get(i),
                                                URLEncoder.encode(
                                                                ids.get(i), StandardCharsets.UTF_8)
                                                        .replace("+", "%20"));
                            }
                            return path;
                        });
    }

    private Arbitrary<String> contentType() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(
                        4,
                        Arbitraries.of(
                                "*/*",
                                "*",
                                "application/*",
                                "text/plain",
                                "",
                                "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=fuzz",
                                "multipart/form-data",
                                "application/json; charset=utf-16",
                                "application/json; charset=nope",
                                "application/xml",
                                "text/csv",
                                "application/problem+json",
                                "application/json;;",
                                "/")));
    }

    private Arbitrary<Body> body(CommandEndpoint endpoint) {
        return Arbitraries.oneOf(
                Odd.fieldValues(endpoint.skeleton())
                        .map(m -> new Body(Odd.ESCAPING.writeValueAsBytes(m), "typed fields")),
                Odd.fieldValues(endpoint.skeleton())
                        .flatMap(
                                m -> {
                                    byte[] whole = Odd.ESCAPING.writeValueAsBytes(m);
                                    return Arbitraries.integers()
                                            .between(0, Math.max(0, whole.length - 1))
                                            .map(
                                                    cut ->
                                                            new Body(
                                                                    java.util.Arrays.copyOf(
                                                                            whole, cut),
                                                                    "truncated at " + cut));
                                }),
                Odd.wholeBodies().map(b -> new Body(b, "whole body")),
                Odd.fieldValues(endpoint.skeleton())
                        .map(m -> new Body(Odd.duplicateFirstKey(m), "duplicated key")));
    }

    record Body(byte[] bytes, String what) {}

    private static HttpResponse<String> send(Attempt attempt, String key) throws Exception {
        String user =
                attempt.endpoint().pattern().startsWith("/api/admin/")
                        ? "admin:adm-secret"
                        : attempt.endpoint().pattern().startsWith("/api/integrity")
                                ? "auditor:aud-secret"
                                : "ops:ops-secret";
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + attempt.path()))
                        .timeout(Duration.ofSeconds(30))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        user.getBytes(StandardCharsets.UTF_8)))
                        .header("Idempotency-Key", key)
                        .method(
                                attempt.endpoint().method(),
                                HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (!attempt.contentType().isEmpty()) {
            request.header("Content-Type", attempt.contentType());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertChainValid() throws Exception {
        HttpResponse<String> integrity =
                CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/integrity"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "auditor:aud-secret"
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(integrity.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(integrity.body()).path("valid").asBoolean())
                .as(integrity.body())
                .isTrue();
    }

    /** Field names of the endpoint's JSON body, each with a value of roughly the declared type. */
    private static Map<String, Object> skeleton(HandlerMethod handler) {
        for (org.springframework.core.MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return Odd.skeleton(parameter.getParameterType(), 0);
            }
        }
        return Map.of();
    }

    static String describe(List<CommandEndpoint> list) {
        return list.stream().map(CommandEndpoint::toString).collect(Collectors.joining("\n"));
    }
}
