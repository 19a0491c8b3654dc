package be.thorpark.ledger.query.claims;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import be.thorpark.ledger.query.view.ViewPage;
import be.thorpark.ledger.query.view.ViewQuery;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewResponses;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** What each source may still claim, and the declared lines of a report with their review. */
@RestController
class ClaimsController {

    static final List<CsvWriter.Column<ClaimsOverview.SourceClaim>> CLAIM_CSV =
            CsvWriter.columns(
                    column("code", ClaimsOverview.SourceClaim::code),
                    column("committed", ClaimsOverview.SourceClaim::committed),
                    column("coFinancingRate", ClaimsOverview.SourceClaim::coFinancingRate),
                    column("approvedEligible", ClaimsOverview.SourceClaim::approvedEligible),
                    column("share", ClaimsOverview.SourceClaim::share),
                    column("requested", ClaimsOverview.SourceClaim::requested),
                    column("paid", ClaimsOverview.SourceClaim::paid),
                    column("claimable", ClaimsOverview.SourceClaim::claimable));

    private final ViewReads reads;

    ClaimsController(ViewReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/funding-programmes/{id}/claims")
    ResponseEntity<?> claims(
            @PathVariable String id,
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ViewReads.Snapshot view = reads.read(ClaimsProjection.NAME, query);
        ClaimsOverview.Programme programme =
                new ClaimsOverview(view.source())
                        .programme(id)
                        .orElseThrow(() -> new ViewNotFoundException("funding programme", id));
        return ViewResponses.list(
                accept, view.position(), programme, programme.sources(), CLAIM_CSV);
    }

    @GetMapping("/api/funding-programmes/{id}/reports/{reportId}/lines")
    ResponseEntity<?> lines(
            @PathVariable String id,
            @PathVariable String reportId,
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ViewReads.Snapshot view = reads.read(ClaimsProjection.NAME, query);
        ClaimsOverview.Report report =
                new ClaimsOverview(view.source())
                        .report(id, reportId)
                        .orElseThrow(() -> new ViewNotFoundException("report", reportId));
        return ViewResponses.list(
                accept,
                ViewPage.of(report.lines(), query.pageRequest(), view.position()),
                ClaimsOverview.LINE_CSV);
    }
}
