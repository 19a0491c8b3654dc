package be.thorpark.ledger.web.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, so that a request line reaches the server exactly as written: HTTP
 * clients normalise paths ({@code //}, {@code ..}) and refuse some methods and characters.
 */
public final class RawHttp {

    private RawHttp() {}

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    public static String basic(String user, String password) {
        return "Authorization: Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line), then the body, and
     * reads the answer.
     */
    public static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String headers = head.endsWith("\r\n") ? head : head + "\r\n";
            if (!headers.toLowerCase(Locale.ROOT).contains("\r\nhost:")) {
                headers += "Host: 127.0.0.1\r\n";
            }
            headers += "Connection: close\r\n\r\n";
            // One write for the whole request: a server that answers a bad head at once and
            // closes then finds every byte sent already.
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(headers.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException early) {
                // The server answered and closed before taking the whole request: its answer is
                // what counts.
                try {
                    return read(socket.getInputStream());
                } catch (IOException | IllegalStateException unreadable) {
                    early.addSuppressed(unreadable);
                    throw early;
                }
            }
            return read(socket.getInputStream());
        }
    }

    public static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            all.write(buffer, 0, n);
        }
        return parse(all.toString(StandardCharsets.UTF_8));
    }

    static Response parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
