package be.thorpark.ledger.query.funding;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import be.thorpark.ledger.query.view.ViewPage;
import be.thorpark.ledger.query.view.ViewQuery;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewResponses;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funding programmes, one programme in full, and its sources, reports and disbursements as lists.
 */
@RestController
@RequestMapping("/api/funding-programmes")
class FundingController {

    static final List<CsvWriter.Column<FundingOverview.ProgrammeLine>> PROGRAMME_CSV =
            CsvWriter.columns(
                    column("id", FundingOverview.ProgrammeLine::id),
                    column("name", FundingOverview.ProgrammeLine::name),
                    column("committed", FundingOverview.ProgrammeLine::committed),
                    column("requested", FundingOverview.ProgrammeLine::requested),
                    column("paid", FundingOverview.ProgrammeLine::paid),
                    column("remaining", FundingOverview.ProgrammeLine::remaining));

    static final List<CsvWriter.Column<FundingOverview.SourceLine>> SOURCE_CSV =
            CsvWriter.columns(
                    column("code", FundingOverview.SourceLine::code),
                    column("name", FundingOverview.SourceLine::name),
                    column("committed", FundingOverview.SourceLine::committed),
                    column("requested", FundingOverview.SourceLine::requested),
                    column("paid", FundingOverview.SourceLine::paid),
                    column("remaining", FundingOverview.SourceLine::remaining));

    static final List<CsvWriter.Column<FundingOverview.DisbursementLine>> DISBURSEMENT_CSV =
            CsvWriter.columns(
                    column("id", FundingOverview.DisbursementLine::id),
                    column("source", FundingOverview.DisbursementLine::source),
                    column("amount", FundingOverview.DisbursementLine::amount),
                    column("reportId", FundingOverview.DisbursementLine::reportId),
                    column("periodFrom", FundingOverview.DisbursementLine::periodFrom),
                    column("periodTo", FundingOverview.DisbursementLine::periodTo),
                    column("status", FundingOverview.DisbursementLine::status),
                    column("requestedAt", FundingOverview.DisbursementLine::requestedAt),
                    column("paidOn", FundingOverview.DisbursementLine::paidOn));

    static final List<CsvWriter.Column<FundingOverview.MeetingLine>> MEETING_CSV =
            CsvWriter.columns(
                    column("id", FundingOverview.MeetingLine::id),
                    column("date", FundingOverview.MeetingLine::date),
                    column("participants", m -> String.join("; ", m.participants())),
                    column("decisions", m -> String.join("; ", m.decisions())));

    static final List<CsvWriter.Column<FundingOverview.ReportLine>> REPORT_CSV =
            CsvWriter.columns(
                    column("id", FundingOverview.ReportLine::id),
                    column("kind", FundingOverview.ReportLine::kind),
                    column("periodFrom", FundingOverview.ReportLine::periodFrom),
                    column("periodTo", FundingOverview.ReportLine::periodTo),
                    column("status", FundingOverview.ReportLine::status),
                    column("summary", FundingOverview.ReportLine::summary),
                    column("reviews", r -> r.trail().size()));

    private final ViewReads reads;

    FundingController(ViewReads reads) {
        this.reads = reads;
    }

    @GetMapping
    ResponseEntity<?> list(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(FundingProjection.NAME, query);
        long position = view.position();
        FundingOverview funding = new FundingOverview(view.source());
        return ViewResponses.list(accept, funding.list(request, position), PROGRAMME_CSV);
    }

    @GetMapping("/{id}")
    ResponseEntity<FundingOverview.ProgrammeDetail> one(@PathVariable String id, ViewQuery query) {
        ViewReads.Snapshot view = reads.read(FundingProjection.NAME, query);
        FundingOverview.ProgrammeDetail programme =
                new FundingOverview(view.source())
                        .one(id)
                        .orElseThrow(() -> new ViewNotFoundException("funding programme", id));
        return ViewResponses.entity(view.position(), programme.version(), programme);
    }

    @GetMapping("/{id}/reports/{reportId}")
    ResponseEntity<FundingOverview.ReportLine> report(
            @PathVariable String id, @PathVariable String reportId, ViewQuery query) {
        return part(query, funding -> funding.report(id, reportId), "report", reportId);
    }

    @GetMapping("/{id}/disbursements/{disbursementId}")
    ResponseEntity<FundingOverview.DisbursementLine> disbursement(
            @PathVariable String id, @PathVariable String disbursementId, ViewQuery query) {
        return part(
                query,
                funding -> funding.disbursement(id, disbursementId),
                "disbursement",
                disbursementId);
    }

    @GetMapping("/{id}/steering-committee-meetings/{meetingId}")
    ResponseEntity<FundingOverview.MeetingLine> meeting(
            @PathVariable String id, @PathVariable String meetingId, ViewQuery query) {
        return part(
                query,
                funding -> funding.meeting(id, meetingId),
                "steering-committee meeting",
                meetingId);
    }

    @GetMapping("/{id}/steering-committee-meetings")
    ResponseEntity<?> meetings(
            @PathVariable String id,
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return ofProgramme(id, query, accept, FundingOverview::meetingList, MEETING_CSV);
    }

    @GetMapping("/{id}/sources")
    ResponseEntity<?> sources(
            @PathVariable String id,
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return ofProgramme(id, query, accept, FundingOverview::sources, SOURCE_CSV);
    }

    @GetMapping("/{id}/disbursements")
    ResponseEntity<?> disbursements(
            @PathVariable String id,
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return ofProgramme(id, query, accept, FundingOverview::disbursements, DISBURSEMENT_CSV);
    }

    @GetMapping("/{id}/reports")
    ResponseEntity<?> reports(
            @PathVariable String id,
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return ofProgramme(id, query, accept, FundingOverview::reportList, REPORT_CSV);
    }

    /**
     * A part of a programme, tagged with the programme's version: the If-Match of a command on that
     * part.
     */
    private <T> ResponseEntity<T> part(
            ViewQuery query,
            Function<FundingOverview, Optional<FundingOverview.Part<T>>> find,
            String what,
            String id) {
        ViewReads.Snapshot view = reads.read(FundingProjection.NAME, query);
        FundingOverview.Part<T> found =
                find.apply(new FundingOverview(view.source()))
                        .orElseThrow(() -> new ViewNotFoundException(what, id));
        return ViewResponses.entity(view.position(), found.version(), found.part());
    }

    /** One page of a list of a programme's parts, as JSON or CSV; 404 for an unknown programme. */
    private <T> ResponseEntity<?> ofProgramme(
            String id,
            ViewQuery query,
            String accept,
            BiFunction<FundingOverview, String, Optional<List<T>>> lines,
            List<CsvWriter.Column<T>> csv) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(FundingProjection.NAME, query);
        List<T> all =
                lines.apply(new FundingOverview(view.source()), id)
                        .orElseThrow(() -> new ViewNotFoundException("funding programme", id));
        return ViewResponses.list(accept, ViewPage.of(all, request, view.position()), csv);
    }
}
