package be.thorpark.ledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that talk to the running ledger as a real client would. */
final class LedgerHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    LedgerHttp(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private LedgerHttp(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    LedgerHttp as(String user, String password) {
        return new LedgerHttp(
                base,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The same client sending an API token ({@code clt_...}) or a JWT instead. */
    LedgerHttp bearer(String token) {
        return new LedgerHttp(base, "Bearer " + token);
    }

    Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    Response post(String path, Object body, String... headers) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json"),
                headers);
    }

    Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    /** A multipart upload of one file in the part {@code file}, as a browser form sends it. */
    Response upload(
            String path, String fileName, String contentType, byte[] bytes, String... headers) {
        String boundary = "----campus" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: "
                                + contentType
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary),
                headers);
    }

    /** The headers a GET would give, without its body. */
    Response head(String path, String... headers) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()),
                headers);
    }

    /** A binary answer (an export bundle) as its raw bytes. */
    HttpResponse<byte[]> download(String path, String... headers) {
        return exchange(
                HttpRequest.newBuilder(URI.create(base + path)).GET(),
                HttpResponse.BodyHandlers.ofByteArray(),
                headers);
    }

    private Response send(HttpRequest.Builder builder, String... headers) {
        return new Response(exchange(builder, HttpResponse.BodyHandlers.ofString(), headers));
    }

    private <T> HttpResponse<T> exchange(
            HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler, String... headers) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        builder.timeout(Duration.ofSeconds(30));
        try {
            return client.send(builder.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String text() {
            return raw.body();
        }

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        long position() {
            return Long.parseLong(header("Event-Position"));
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.headers().map() + " " + raw.body();
        }
    }
}
