package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import java.net.http.HttpResponse;
import java.util.Arrays;
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

    private static byte[] bytes(int size, int... head) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return Arrays.copyOf(bytes, size);
    }
}
