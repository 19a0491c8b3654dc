package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.integrity.DigestCheck;
import be.thorpark.ledger.eventstore.integrity.ExportBundle;
import be.thorpark.ledger.eventstore.integrity.SignedDigest;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Integrity evidence for auditors: chain verification, signed digests, the public key, export
 * bundles.
 */
@RestController
class IntegrityController {

    private final EventLog log;
    private final VerificationRuns verifier;
    private final SigningKey key;
    private final Clock clock = Clock.systemUTC();

    IntegrityController(EventLog log, VerificationRuns verifier, SigningKey key) {
        this.log = log;
        this.verifier = verifier;
        this.key = key;
    }

    @GetMapping(value = "/api/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VerificationResult> verify() {
        VerificationResult result = verifier.verify();
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(result.headPosition()))
                .body(result);
    }

    @GetMapping(value = "/api/integrity/digest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SignedDigest> digest() {
        VerificationResult result = verifier.verify();
        if (!result.valid()) {
            throw new ProblemException(
                    ProblemCode.HISTORY_BROKEN,
                    "The stored history is broken at position "
                            + result.firstBrokenPosition()
                            + "; the ledger signs no digest of a broken history");
        }
        SignedDigest digest =
                SignedDigest.sign(key, result.headPosition(), result.headHash(), clock.instant());
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(digest.headPosition()))
                .body(digest);
    }

    @PostMapping(value = "/api/integrity/digest", produces = MediaType.APPLICATION_JSON_VALUE)
    DigestCheck.Outcome check(@Valid @RequestBody DigestRequest request) {
        return new DigestCheck(log).check(request.toDigest(), key.publicKey());
    }

    @GetMapping(value = "/api/integrity/key", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicKeyView publicKey() {
        return new PublicKeyView("Ed25519", key.keyId(), key.publicKeyPem());
    }

    @GetMapping(value = "/api/exports/events", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> export() {
        // Checked before the first byte goes out, while a refusal can still be a 409: the bundle
        // itself stops without
        // a manifest if the history breaks while it is written.
        VerificationResult result = verifier.verify();
        if (!result.valid()) {
            throw new ProblemException(
                    ProblemCode.HISTORY_BROKEN,
                    "The stored history is broken at position "
                            + result.firstBrokenPosition()
                            + "; the ledger exports no bundle of a broken history");
        }
        String name =
                "campus-ledger-export-" + clock.instant().toString().replace(":", "") + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> ExportBundle.write(log, key, clock, out));
    }

    record DigestRequest(
            @NotNull @PositiveOrZero Long headPosition,
            @NotBlank String headHash,
            @NotNull Instant issuedAt,
            @NotBlank String keyId,
            @NotBlank String signature) {
        SignedDigest toDigest() {
            return new SignedDigest(headPosition, headHash, issuedAt, keyId, signature);
        }
    }

    record PublicKeyView(String algorithm, String keyId, String publicKeyPem) {}
}
