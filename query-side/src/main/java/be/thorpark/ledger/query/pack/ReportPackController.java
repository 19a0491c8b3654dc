package be.thorpark.ledger.query.pack;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.StoredEvent;
import be.thorpark.ledger.eventstore.integrity.ReportPack;
import be.thorpark.ledger.eventstore.integrity.SignedDigest;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.query.claims.ClaimsOverview;
import be.thorpark.ledger.query.claims.ClaimsProjection;
import be.thorpark.ledger.query.indicators.Indicators;
import be.thorpark.ledger.query.indicators.IndicatorsProjection;
import be.thorpark.ledger.query.view.ViewConflictException;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed pack of an approved report: everything is read as it stood right after the approval
 * (time travel to the decision position), so the pack is the same bytes whenever it is built and
 * says exactly what was decided on.
 */
@RestController
class ReportPackController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ViewReads reads;
    private final EventLog log;
    private final SigningKey key;

    ReportPackController(ViewReads reads, EventLog log, SigningKey key) {
        this.reads = reads;
        this.log = log;
        this.key = key;
    }

    @GetMapping("/api/funding-programmes/{id}/reports/{reportId}/pack")
    ResponseEntity<byte[]> pack(@PathVariable String id, @PathVariable String reportId) {
        ClaimsOverview.Report current =
                new ClaimsOverview(reads.read(ClaimsProjection.NAME, null, null, null).source())
                        .report(id, reportId)
                        .orElseThrow(() -> new ViewNotFoundException("report", reportId));
        if (!"APPROVED".equals(current.status()) || current.decisionPosition() == null) {
            throw new ViewConflictException(
                    ProblemCode.REPORT_NOT_APPROVED,
                    "Report "
                            + reportId
                            + " is "
                            + current.status()
                            + "; a report pack is made of an approved report.");
        }
        byte[] pack = build(id, reportId, current.decisionPosition());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(current.decisionPosition()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(reportId + "-pack.zip", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pack);
    }

    byte[] build(String programmeId, String reportId, long position) {
        ClaimsOverview claims =
                new ClaimsOverview(
                        reads.read(ClaimsProjection.NAME, null, position, null).source());
        ClaimsOverview.Report report = claims.report(programmeId, reportId).orElseThrow();
        ClaimsOverview.Programme programme = claims.programme(programmeId).orElseThrow();
        Indicators.Answer indicators =
                new Indicators(reads.read(IndicatorsProjection.NAME, null, position, null).source())
                        .on(LocalDate.parse(report.periodTo()), position);
        StoredEvent decision = log.readAfter(position - 1, 1).get(0);
        SignedDigest digest =
                SignedDigest.sign(key, position, decision.hash(), decision.recordedAt());

        List<ReportPack.Entry> entries = new ArrayList<>();
        entries.add(json("report.json", report));
        entries.add(new ReportPack.Entry("lines.csv", PackCsv.lines(report.lines())));
        entries.add(
                json(
                        "evidence.json",
                        report.lines().stream()
                                .flatMap(
                                        l ->
                                                l.evidence().stream()
                                                        .map(
                                                                e ->
                                                                        new EvidenceHash(
                                                                                l.lineId(),
                                                                                e.sha256(),
                                                                                e.fileName(),
                                                                                e.mediaType(),
                                                                                e.sizeBytes())))
                                .toList()));
        entries.add(json("indicators.json", indicators));
        entries.add(
                json(
                        "reconciliation.json",
                        programme.sources().stream()
                                .map(
                                        s ->
                                                new Reconciliation(
                                                        s.code(),
                                                        s.committed(),
                                                        s.coFinancingRate(),
                                                        s.approvedEligible(),
                                                        s.claimable(),
                                                        s.requested(),
                                                        s.paid()))
                                .toList()));
        entries.add(json("digest.json", digest));
        return ReportPack.write(programmeId, reportId, digest, entries, key);
    }

    record EvidenceHash(
            String lineId, String sha256, String fileName, String mediaType, long sizeBytes) {}

    record Reconciliation(
            String source,
            String committed,
            String coFinancingRate,
            String approvedEligible,
            String claimable,
            String requested,
            String paid) {}

    private static ReportPack.Entry json(String name, Object value) {
        return new ReportPack.Entry(
                name, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    }
}
