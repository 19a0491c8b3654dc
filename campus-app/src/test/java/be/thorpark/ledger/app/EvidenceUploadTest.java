package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Evidence uploads: recognized by their bytes, addressed by SHA-256 and read back exactly. */
class EvidenceUploadTest extends LedgerAppTest {

    @Test
    void aJpegProofOfPaymentIsStoredUnderItsHashAndReadBackByOperationsAndAuditors() {
        byte[] jpeg = bytes(300_000, 0xff, 0xd8, 0xff, 0xe0);

        LedgerHttp.Response upload =
                ops().upload(
                                "/api/evidence?kind=PROOF_OF_PAYMENT",
                                "betaling 2023-07.jpg",
                                "application/octet-stream",
                                jpeg);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String sha256 = upload.json().get("sha256").asString();
        assertThat(sha256).isEqualTo(EvidenceStore.sha256(jpeg));
        assertThat(upload.json().get("mediaType").asString())
                .as("the bytes decide, not the claimed type")
                .isEqualTo("image/jpeg");
        assertThat(upload.json().get("kind").asString()).isEqualTo("PROOF_OF_PAYMENT");
        assertThat(upload.json().get("sizeBytes").asLong()).isEqualTo(jpeg.length);
        for (LedgerHttp reader : new LedgerHttp[] {ops(), auditor()}) {
            HttpResponse<byte[]> download = reader.download("/api/evidence/" + sha256);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(jpeg);
            assertThat(download.headers().firstValue("Content-Type")).contains("image/jpeg");
        }
        assertThat(reporter().download("/api/evidence/" + sha256).statusCode()).isEqualTo(403);
    }

    @Test
    void aDocumentThatIsNoPdfPngOrJpegIsRefusedWhateverItsName() {
        byte[] gif = bytes(2_000, 'G', 'I', 'F', '8', '9', 'a');

        LedgerHttp.Response upload =
                ops().upload("/api/evidence", "invoice.pdf", "application/pdf", gif);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(400);
        assertThat(upload.json().toString())
                .as("the answer names the bad field")
                .contains("\"file\"");
        assertThat(auditor().download("/api/evidence/" + EvidenceStore.sha256(gif)).statusCode())
                .isEqualTo(404);
    }

    /**
     * The limit is refused from the declared length, before the body is read. Java's HTTP client
     * stops at the broken pipe of a refused upload without reading the answer, so this client sends
     * the head and a first part of the body and then reads what the server answered, as curl and
     * browsers do.
     */
    @Test
    void anUploadAboveTheLimitIsAClean413BeforeItsBodyIsRead() throws Exception {
        long head = eventLog.headPosition();
        long length = 20L * 1024 * 1024 + 1;
        String boundary = "limit-check";
        String credentials =
                Base64.getEncoder()
                        .encodeToString("ops:ops-secret".getBytes(StandardCharsets.UTF_8));
        String request =
                "POST /api/evidence?kind=INVOICE HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Basic "
                        + credentials
                        + "\r\n"
                        + "Content-Type: multipart/form-data; boundary="
                        + boundary
                        + "\r\n"
                        + "Content-Length: "
                        + length
                        + "\r\n\r\n"
                        + "--"
                        + boundary
                        + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n";
        StringBuilder answer = new StringBuilder();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int read; !answer.toString().contains("}") && (read = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        }

        assertThat(answer.toString()).startsWith("HTTP/1.1 413");
        assertThat(answer.toString())
                .contains("application/problem+json")
                .contains("BODY_TOO_LARGE");
        assertThat(eventLog.headPosition()).as("nothing appended").isEqualTo(head);
    }

    private static byte[] bytes(int size, int... head) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return Arrays.copyOf(bytes, size);
    }
}
