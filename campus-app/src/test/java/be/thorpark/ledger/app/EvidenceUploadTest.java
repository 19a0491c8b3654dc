package be.thorpark.ledger.app;

import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence uploads: recognized by their bytes, limited in size, addressed by SHA-256 and read back exactly. */
class EvidenceUploadTest extends LedgerAppTest {

    static final int LIMIT = 20 * 1024 * 1024;

    @Test
    void aJpegProofOfPaymentIsStoredUnderItsHashAndReadBackByOperationsAndAuditors() {
        byte[] jpeg = bytes(300_000, 0xff, 0xd8, 0xff, 0xe0);

        LedgerHttp.Response upload = ops().upload("/api/evidence?kind=PROOF_OF_PAYMENT", "betaling 2023-07.jpg",
                "application/octet-stream", jpeg);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String sha256 = upload.json().get("sha256").asString();
        assertThat(sha256).isEqualTo(EvidenceStore.sha256(jpeg));
        assertThat(upload.json().get("mediaType").asString()).as("the bytes decide, not the claimed type")
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
    void anUploadAboveTheLimitIsRefusedAndNothingIsStored() {
        byte[] tooLarge = bytes(LIMIT + 1, '%', 'P', 'D', 'F', '-');

        HttpResponse<String> upload = uploadExpectingContinue("scan.pdf", tooLarge);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(413);
        assertThat(LedgerHttp.JSON.readTree(upload.body()).get("code").asString()).isEqualTo("BODY_TOO_LARGE");
        assertThat(auditor().download("/api/evidence/" + EvidenceStore.sha256(tooLarge)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDocumentThatIsNoPdfPngOrJpegIsRefusedWhateverItsName() {
        byte[] gif = bytes(2_000, 'G', 'I', 'F', '8', '9', 'a');

        LedgerHttp.Response upload = ops().upload("/api/evidence", "invoice.pdf", "application/pdf", gif);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(400);
        assertThat(upload.json().toString()).as("the answer names the bad field").contains("\"file\"");
        assertThat(auditor().download("/api/evidence/" + EvidenceStore.sha256(gif)).statusCode()).isEqualTo(404);
    }

    /**
     * A large upload as a careful client sends it, asking before the body ({@code Expect: 100-continue}): the ledger
     * refuses it from its length, so the body is never sent.
     */
    private HttpResponse<String> uploadExpectingContinue(String fileName, byte[] bytes) {
        String boundary = "----campus" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evidence"))
                .expectContinue(true)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "ops:ops-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
