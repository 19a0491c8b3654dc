package be.thorpark.ledger.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a rebuild of views in a running ledger and follows it to the end, printing its progress:
 *
 * <pre>
 *   CAMPUS_ADMIN_PASSWORD=... rebuild --url http://127.0.0.1:8080 --user admin [--views tenants,units]
 * </pre>
 *
 * The rebuild runs inside the ledger, which switches the views when they have caught up; the
 * password comes from the environment so it never shows in a process list.
 */
final class RebuildCommand {

    private final PrintStream out;
    private final Map<String, String> environment;
    private final Duration pollEvery;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RebuildCommand(PrintStream out, Map<String, String> environment, Duration pollEvery) {
        this.out = out;
        this.environment = environment;
        this.pollEvery = pollEvery;
    }

    int run(Map<String, String> options) throws IOException, InterruptedException {
        String url = options.get("url");
        String user = options.getOrDefault("user", "admin");
        String password = environment.get("CAMPUS_ADMIN_PASSWORD");
        if (url == null || password == null || password.isBlank()) {
            out.println(
                    "usage: CAMPUS_ADMIN_PASSWORD=... rebuild --url http://127.0.0.1:8080 [--user"
                            + " admin] [--views tenants,units]");
            return 2;
        }
        String authorization =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        List<String> views =
                options.containsKey("views")
                        ? Arrays.stream(options.get("views").split(","))
                                .map(String::trim)
                                .filter(v -> !v.isEmpty())
                                .toList()
                        : List.of();
        HttpResponse<String> started =
                client.send(
                        HttpRequest.newBuilder(URI.create(url + "/api/admin/rebuilds"))
                                .header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                json.writeValueAsString(Map.of("views", views))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            out.println("refused (" + started.statusCode() + "): " + started.body());
            return 1;
        }
        String id = json.readTree(started.body()).get("id").asString();
        while (true) {
            HttpResponse<String> polled =
                    client.send(
                            HttpRequest.newBuilder(URI.create(url + "/api/admin/rebuilds/" + id))
                                    .header("Authorization", authorization)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode progress = json.readTree(polled.body());
            String state = progress.path("state").asString();
            out.printf(
                    "%s %s position %d of %d, %.1f events/s, about %s s left%n",
                    id,
                    state,
                    progress.path("position").asLong(),
                    progress.path("head").asLong(),
                    progress.path("eventsPerSecond").asDouble(),
                    progress.path("estimatedSecondsLeft").asString("?"));
            if ("DONE".equals(state)) {
                return 0;
            }
            if ("FAILED".equals(state)) {
                out.println("failed: " + progress.path("error").asString());
                return 1;
            }
            Thread.sleep(pollEvery.toMillis());
        }
    }
}
