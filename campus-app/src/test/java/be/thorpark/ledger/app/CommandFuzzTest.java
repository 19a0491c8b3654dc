package be.thorpark.ledger.app;

import be.thorpark.ledger.eventstore.EventLog;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every command endpoint of the running ledger, the endpoints read from its handler mappings so that a
 * new one cannot be left out: malformed, truncated, oversized, wrongly typed, odd-text and boundary values, wrong
 * media types. Never a 5xx; every refusal is problem+json naming no internals and appends nothing; the hash chain
 * is valid throughout. 200 tries by default ({@code junit-platform.properties}); more in the {@code faults} profile.
 */
class CommandFuzzTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.shared();

    static ConfigurableApplicationContext app;
    static String base;
    static List<CommandEndpoint> endpoints;
    static final AtomicInteger accepted = new AtomicInteger();
    static final AtomicInteger refused = new AtomicInteger();

    /** One command endpoint as the handler mappings give it: method, path pattern, and its body's field names. */
    record CommandEndpoint(String method, String pattern, Map<String, Object> skeleton) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One request: the endpoint, its path, media type and body bytes. */
    record Attempt(CommandEndpoint endpoint, String path, String contentType, byte[] body, String what) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return endpoint.method() + " " + path + " [" + contentType + "] " + what + ": "
                    + (text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text);
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        Path dataDir = Files.createTempDirectory("campus-fuzz");
        app = new SpringApplicationBuilder(CampusLedgerApplication.class).run("--server.port=0",
                "--campus.data-dir=" + dataDir, "--campus.users=" + LedgerAppTest.USERS, "--spring.jmx.enabled=false",
                "--spring.main.banner-mode=off", "--campus.http.max-body-bytes=256KB");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        RequestMappingHandlerMapping mappings = app.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        endpoints.add(new CommandEndpoint(method.name(), pattern, skeleton(entry.getValue())));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(CommandEndpoint::toString));
        assertThat(endpoints).as("command endpoints from the handler mappings").hasSizeGreaterThan(10);
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            assertChainValid();
            System.out.printf("fuzzing: %d endpoints, %d requests refused, %d accepted%n", endpoints.size(),
                    refused.get(), accepted.get());
        } finally {
            app.close();
        }
    }

    @Property
    void badInputIsRefusedWithAProblemAndAppendsNothing(@ForAll("attempts") Attempt attempt) throws Exception {
        EventLog log = app.getBean(EventLog.class);
        long before = log.headPosition();

        HttpResponse<String> answer = send(attempt);

        assertThat(answer.statusCode()).as(attempt + " -> " + answer.body()).isLessThan(500).isGreaterThanOrEqualTo(200);
        if (answer.statusCode() >= 400) {
            refused.incrementAndGet();
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(attempt + " -> " + answer.body())
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).as(attempt.toString()).isEqualTo(answer.statusCode());
            assertThat(problem.path("title").asString()).as(attempt.toString()).isNotBlank();
            assertThat(answer.body()).as(attempt.toString()).doesNotContain("Exception", "java.", "tools.jackson",
                    "springframework", "be.thorpark", "\tat ", "mongo");
            assertThat(log.headPosition()).as("nothing appended by " + attempt).isEqualTo(before);
        } else {
            accepted.incrementAndGet();
            assertChainValid();
        }
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<CommandEndpoint> endpoint = Arbitraries.of(endpoints);
        return endpoint.flatMap(e -> Combinators.combine(pathOf(e), contentType(), body(e))
                .as((path, type, body) -> new Attempt(e, path, type, body.bytes(), body.what())));
    }

    private Arbitrary<String> pathOf(CommandEndpoint endpoint) {
        List<String> variables = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(endpoint.pattern());
        while (m.find()) {
            variables.add(m.group());
        }
        if (variables.isEmpty()) {
            return Arbitraries.just(endpoint.pattern());
        }
        return Odd.ids().list().ofSize(variables.size()).map(ids -> {
            String path = endpoint.pattern();
            for (int i = 0; i < ids.size(); i++) {
                path = path.replace(variables.get(i), URLEncoder.encode(ids.get(i), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            return path;
        });
    }

    private Arbitrary<String> contentType() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("*/*", "*", "application/*", "text/plain", "",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz",
                        "multipart/form-data", "application/json; charset=utf-16", "application/json; charset=nope",
                        "application/xml", "text/csv", "application/problem+json", "application/json;;", "/")));
    }

    private Arbitrary<Body> body(CommandEndpoint endpoint) {
        return Arbitraries.oneOf(
                Odd.fieldValues(endpoint.skeleton()).map(m -> new Body(Odd.ESCAPING.writeValueAsBytes(m), "typed fields")),
                Odd.fieldValues(endpoint.skeleton()).flatMap(m -> {
                    byte[] whole = Odd.ESCAPING.writeValueAsBytes(m);
                    return Arbitraries.integers().between(0, Math.max(0, whole.length - 1))
                            .map(cut -> new Body(java.util.Arrays.copyOf(whole, cut), "truncated at " + cut));
                }),
                Odd.wholeBodies().map(b -> new Body(b, "whole body")),
                Odd.fieldValues(endpoint.skeleton()).map(m -> new Body(Odd.duplicateFirstKey(m), "duplicated key")));
    }

    record Body(byte[] bytes, String what) {
    }

    private static HttpResponse<String> send(Attempt attempt) throws Exception {
        String user = attempt.endpoint().pattern().startsWith("/api/admin/") ? "admin:adm-secret"
                : attempt.endpoint().pattern().startsWith("/api/integrity") ? "auditor:aud-secret" : "ops:ops-secret";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attempt.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        user.getBytes(StandardCharsets.UTF_8)))
                .method(attempt.endpoint().method(), HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (!attempt.contentType().isEmpty()) {
            request.header("Content-Type", attempt.contentType());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertChainValid() throws Exception {
        HttpResponse<String> integrity = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/integrity"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:aud-secret".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(integrity.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(integrity.body()).path("valid").asBoolean()).as(integrity.body()).isTrue();
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
