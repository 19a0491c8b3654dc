package be.thorpark.ledger.command.evidence;

import be.thorpark.ledger.command.http.InvalidRequestException;
import be.thorpark.ledger.eventstore.evidence.EvidenceKinds;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore.Stored;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads evidence (invoices, proofs of payment, procurement files). The answer names the document
 * by its SHA-256, which is what an expenditure line declares; the same bytes uploaded again are
 * answered with the stored file.
 */
@RestController
class EvidenceController {

    record EvidenceAnswer(
            String sha256,
            String fileName,
            String mediaType,
            long sizeBytes,
            String kind,
            String uploadedBy,
            Instant uploadedAt) {}

    private static final Set<String> KINDS =
            Set.of("INVOICE", "PROOF_OF_PAYMENT", "PROCUREMENT_FILE", "OTHER");

    private final EvidenceStore store;

    EvidenceController(EvidenceStore store) {
        this.store = store;
    }

    @PostMapping(path = "/api/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceAnswer> upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "kind", defaultValue = "INVOICE") String kind,
            HttpServletRequest http)
            throws IOException {
        if (!KINDS.contains(kind)) {
            throw new InvalidRequestException("kind", "must be one of " + KINDS);
        }
        byte[] bytes = file.getBytes();
        if (bytes.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        String mediaType =
                EvidenceKinds.sniff(bytes)
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "file", "is not a PDF, PNG or JPEG document"));
        String name = fileName(file.getOriginalFilename());
        Stored stored =
                store.store(
                        bytes,
                        name,
                        mediaType,
                        kind,
                        http.getUserPrincipal().getName(),
                        Instant.now());
        EvidenceStore.EvidenceFile f = stored.file();
        EvidenceAnswer answer =
                new EvidenceAnswer(
                        f.sha256(),
                        f.fileName(),
                        f.mediaType(),
                        f.sizeBytes(),
                        f.kind(),
                        f.uploadedBy(),
                        f.uploadedAt());
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/evidence/" + f.sha256()))
                .eTag("\"" + f.sha256() + "\"")
                .body(answer);
    }

    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "evidence";
        }
        String base = original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        return base.length() > 160 ? base.substring(0, 160) : base;
    }
}
