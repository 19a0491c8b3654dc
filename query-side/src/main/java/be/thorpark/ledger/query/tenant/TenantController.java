package be.thorpark.ledger.query.tenant;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.PageRequest;
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

/**
 * The tenant directory and one tenant with its history summary, on a business date (default today).
 */
@RestController
class TenantController {

    static final List<CsvWriter.Column<TenantDirectory.TenantSummary>> CSV =
            CsvWriter.columns(
                    column("id", TenantDirectory.TenantSummary::id),
                    column("name", TenantDirectory.TenantSummary::name),
                    column("enterpriseNumber", TenantDirectory.TenantSummary::enterpriseNumber),
                    column("profile", TenantDirectory.TenantSummary::profile),
                    column("sector", TenantDirectory.TenantSummary::sector),
                    column("status", TenantDirectory.TenantSummary::status),
                    column("arrivalDate", TenantDirectory.TenantSummary::arrivalDate),
                    column("departureDate", TenantDirectory.TenantSummary::departureDate),
                    column("currentLeases", t -> t.currentLeases().size()),
                    column("leasedArea", TenantDirectory.TenantSummary::leasedArea),
                    column("jobsCreated", t -> t.jobs().created()),
                    column("jobsEnded", t -> t.jobs().ended()),
                    column("jobsNet", t -> t.jobs().net()));

    private final ViewReads reads;
    private final ContactReader contacts;

    TenantController(ViewReads reads, ContactReader contacts) {
        this.reads = reads;
        this.contacts = contacts;
    }

    @GetMapping("/api/tenants")
    ResponseEntity<?> list(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(TenantProjection.NAME, query);
        long position = view.position();
        TenantDirectory directory = new TenantDirectory(view.source(), contacts);
        ViewPage<TenantDirectory.TenantSummary> result =
                directory.list(request, query.businessDate(), position);
        return ViewResponses.list(accept, result, CSV);
    }

    @GetMapping("/api/tenants/{id}")
    ResponseEntity<TenantDirectory.TenantDetail> one(@PathVariable String id, ViewQuery query) {
        ViewReads.Snapshot view = reads.read(TenantProjection.NAME, query);
        long position = view.position();
        TenantDirectory directory = new TenantDirectory(view.source(), contacts);
        TenantDirectory.TenantDetail tenant =
                directory
                        .one(id, query.businessDate(), position)
                        .orElseThrow(() -> new ViewNotFoundException("tenant", id));
        return ViewResponses.entity(position, tenant.version(), tenant);
    }
}
