package be.thorpark.ledger.query.jobs;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewQuery;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewResponses;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs on a business date (default today): JSON with totals, quarters and targets; CSV with one row
 * per tenant.
 */
@RestController
class JobsController {

    static final List<CsvWriter.Column<JobsReport.TenantLine>> CSV =
            CsvWriter.columns(
                    column("tenantId", JobsReport.TenantLine::tenantId),
                    column("tenantName", JobsReport.TenantLine::tenantName),
                    column("created", JobsReport.TenantLine::created),
                    column("ended", JobsReport.TenantLine::ended),
                    column("net", JobsReport.TenantLine::net));

    private final ViewReads reads;

    JobsController(ViewReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/jobs")
    ResponseEntity<?> jobs(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(JobsProjection.NAME, query);
        long position = view.position();
        JobsReport jobs = new JobsReport(view.source());
        JobsReport.Report report = jobs.report(request, query.businessDate(), position);
        return ViewResponses.list(accept, position, report, report.items(), CSV);
    }
}
