package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.LongRun;
import be.thorpark.ledger.eventstore.LongRuns;
import be.thorpark.ledger.eventstore.integrity.ExportBundle;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Verifications and exports started by an auditor and run beside the request, so a long history can
 * be followed as it is walked. An export's bundle is written to a temporary file and downloaded
 * once the run is done; only the last {@value #EXPORTS_KEPT} bundles are kept.
 */
@Component
class AuditRuns implements DisposableBean {

    static final int VERIFICATIONS_KEPT = 10;
    static final int EXPORTS_KEPT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(AuditRuns.class);

    private final EventLog log;
    private final VerificationRuns verifier;
    private final SigningKey key;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Path> bundles = new ConcurrentHashMap<>();
    private final LongRuns verifications =
            new LongRuns("verification-run", VERIFICATIONS_KEPT, run -> {});
    private final LongRuns exports = new LongRuns("export-run", EXPORTS_KEPT, this::deleteBundle);

    AuditRuns(EventLog log, VerificationRuns verifier, SigningKey key) {
        this.log = log;
        this.verifier = verifier;
        this.key = key;
    }

    LongRun verify() {
        LongRun run =
                new LongRun(
                        "verification-" + UUID.randomUUID(),
                        "verification",
                        "events",
                        LOG,
                        "Verifying the history",
                        clock);
        long head = log.headPosition();
        run.total(head);
        return verifications.start(
                run,
                r -> {
                    VerificationResult result = verifier.verify(head, r);
                    r.finish(result, result.valid() ? "The history is intact" : result.detail());
                });
    }

    Optional<LongRun> verification(String id) {
        return verifications.find(id);
    }

    LongRun export() {
        LongRun run =
                new LongRun(
                        "export-" + UUID.randomUUID(),
                        "export",
                        "events",
                        LOG,
                        "Exporting the history",
                        clock);
        run.total(log.headPosition());
        return exports.start(
                run,
                r -> {
                    Path file = temporaryFile();
                    bundles.put(r.id(), file);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        ExportBundle.Manifest manifest =
                                ExportBundle.write(log, key, clock, out, r);
                        r.finish(manifest, "The bundle holds " + manifest.count() + " events");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    Optional<LongRun> exportRun(String id) {
        return exports.find(id);
    }

    /** The finished bundle of an export run, if it is done and still kept. */
    Optional<Path> bundle(String id) {
        return Optional.ofNullable(bundles.get(id)).filter(Files::exists);
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("campus-ledger-export-", ".zip");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteBundle(LongRun run) {
        Path file = bundles.remove(run.id());
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Export bundle {} could not be deleted", file, e);
            }
        }
    }

    @Override
    public void destroy() {
        verifications.close();
        exports.close();
    }
}
