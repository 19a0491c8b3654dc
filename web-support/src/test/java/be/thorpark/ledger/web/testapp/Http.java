package be.thorpark.ledger.web.testapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests against the running test server, over real HTTP. */
public final class Http {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public final class Request {
        private final HttpRequest.Builder builder;
        private final String method;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.builder =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        }

        public Request as(String user, String password) {
            String token =
                    Base64.getEncoder()
                            .encodeToString(
                                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
            return this;
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request json(String text) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        public Request body(String contentType, HttpRequest.BodyPublisher publisher) {
            builder.header("Content-Type", contentType);
            body = publisher;
            return this;
        }

        public Response send() {
            try {
                HttpResponse<String> response =
                        client.send(
                                builder.method(method, body).build(),
                                HttpResponse.BodyHandlers.ofString());
                return new Response(response);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JsonMapper.shared().readTree(raw.body());
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public List<String> header(String name) {
            return raw.headers().allValues(name);
        }
    }
}
