package be.thorpark.ledger.query.evidence;

import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import be.thorpark.ledger.query.view.BadViewRequestException;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence documents by their SHA-256, for auditors and operations staff; the bytes are checked
 * before serving.
 */
@RestController
class EvidenceDownloadController {

    private final EvidenceStore store;

    EvidenceDownloadController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping("/api/evidence/{sha256}")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new BadViewRequestException(
                    "sha256", "an evidence document is named by 64 lower-case hex digits");
        }
        EvidenceStore.EvidenceFile file =
                store.find(sha256)
                        .orElseThrow(() -> new ViewNotFoundException("evidence document", sha256));
        byte[] bytes =
                store.read(sha256)
                        .orElseThrow(() -> new ViewNotFoundException("evidence document", sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .eTag("\"" + sha256 + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
