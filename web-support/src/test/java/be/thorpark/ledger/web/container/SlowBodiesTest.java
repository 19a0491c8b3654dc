package be.thorpark.ledger.web.container;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.TestApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send their body a byte at a time cannot take the server's threads: an anonymous one
 * is answered 401 before its body is read and its connection is then dropped, a signed-in one gets
 * 408 once the body deadline passes; meanwhile the health endpoint answers. The server has only 8
 * threads here, fewer than the slow clients.
 */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "campus.users=ops:ops-secret:OPERATIONS",
            "management.endpoints.web.exposure.include=health",
            "server.tomcat.threads.max=8",
            "server.tomcat.threads.min-spare=2",
            "campus.http.body-read-timeout=2s"
        })
class SlowBodiesTest {

    private static final int ANONYMOUS = 16;
    private static final int SIGNED_IN = 4;
    private static final int BODY_BYTES = 100_000;

    @LocalServerPort int port;

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void close() throws IOException {
        pool.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void slowBodiesDoNotStopTheHealthEndpoint() throws Exception {
        List<Future<RawHttp.Response>> anonymous = new ArrayList<>();
        List<Future<RawHttp.Response>> signedIn = new ArrayList<>();
        for (int i = 0; i < ANONYMOUS; i++) {
            anonymous.add(pool.submit(() -> trickle("")));
        }
        for (int i = 0; i < SIGNED_IN; i++) {
            signedIn.add(pool.submit(() -> trickle(RawHttp.basic("ops", "ops-secret"))));
        }
        Thread.sleep(500);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long slowest = 0;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            HttpResponse<String> health =
                    client.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "http://127.0.0.1:"
                                                            + port
                                                            + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            slowest = Math.max(slowest, System.nanoTime() - start);
            assertThat(health.statusCode()).isEqualTo(200);
            Thread.sleep(300);
        }

        for (Future<RawHttp.Response> answer : anonymous) {
            RawHttp.Response response = answer.get(20, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("content-type")).startsWith("application/problem+json");
        }
        for (Future<RawHttp.Response> answer : signedIn) {
            RawHttp.Response response = answer.get(20, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(408);
            assertThat(response.header("content-type")).startsWith("application/problem+json");
        }
        System.out.printf(
                "slowest health answer while %d slow bodies were arriving: %d ms%n",
                ANONYMOUS + SIGNED_IN, TimeUnit.NANOSECONDS.toMillis(slowest));
    }

    /**
     * Sends the head of a 100 kB JSON POST, then one byte every 100 ms, reading the answer in
     * parallel.
     */
    private RawHttp.Response trickle(String authorization) throws Exception {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(
                ("POST /api/registrations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + authorization
                                + "Content-Type: application/json\r\nContent-Length: "
                                + BODY_BYTES
                                + "\r\n\r\n{\"company\":\"")
                        .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        Future<?> sender =
                pool.submit(
                        () -> {
                            try {
                                for (int i = 0; i < BODY_BYTES; i++) {
                                    out.write('a');
                                    out.flush();
                                    Thread.sleep(100);
                                }
                            } catch (IOException | InterruptedException e) {
                                // The server closed the connection: that is the point.
                            }
                        });
        try {
            return readAnswer(socket.getInputStream());
        } finally {
            sender.cancel(true);
        }
    }

    /** Reads one answer whose length is given, without waiting for the connection to end. */
    private static RawHttp.Response readAnswer(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int b;
        while (!text.toString().endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
            text.append((char) b);
        }
        RawHttp.Response head = RawHttp.parse(text.toString());
        String length = head.header("content-length");
        byte[] body = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
        return RawHttp.parse(text + new String(body, StandardCharsets.UTF_8));
    }
}
