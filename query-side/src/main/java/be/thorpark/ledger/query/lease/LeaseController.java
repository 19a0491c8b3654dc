package be.thorpark.ledger.query.lease;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import be.thorpark.ledger.query.view.ViewQuery;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewResponses;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lease register, one lease with its amendments in order, and the rent roll on a business date.
 */
@RestController
class LeaseController {

    static final List<CsvWriter.Column<LeaseRegister.LeaseLine>> LEASE_CSV =
            CsvWriter.columns(
                    column("id", LeaseRegister.LeaseLine::id),
                    column("tenantId", LeaseRegister.LeaseLine::tenantId),
                    column("unitId", LeaseRegister.LeaseLine::unitId),
                    column("startDate", LeaseRegister.LeaseLine::startDate),
                    column("endDate", LeaseRegister.LeaseLine::endDate),
                    column("lastDay", LeaseRegister.LeaseLine::lastDay),
                    column("status", LeaseRegister.LeaseLine::status),
                    column("area", LeaseRegister.LeaseLine::area),
                    column("monthlyRent", LeaseRegister.LeaseLine::monthlyRent),
                    column("amendments", LeaseRegister.LeaseLine::amendments));

    static final List<CsvWriter.Column<LeaseRegister.RentLine>> RENT_CSV =
            CsvWriter.columns(
                    column("leaseId", LeaseRegister.RentLine::leaseId),
                    column("tenantId", LeaseRegister.RentLine::tenantId),
                    column("unitId", LeaseRegister.RentLine::unitId),
                    column("area", LeaseRegister.RentLine::area),
                    column("monthlyRent", LeaseRegister.RentLine::monthlyRent));

    private final ViewReads reads;

    LeaseController(ViewReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/leases")
    ResponseEntity<?> list(
            ViewQuery query,
            @RequestParam(required = false) String tenantId,
            @RequestParam(required = false) String unitId,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(LeaseProjection.NAME, query);
        long position = view.position();
        LeaseRegister register = new LeaseRegister(view.source());
        return ViewResponses.list(
                accept,
                register.list(request, query.businessDate(), tenantId, unitId, position),
                LEASE_CSV);
    }

    @GetMapping("/api/leases/rent-roll")
    ResponseEntity<?> rentRoll(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(LeaseProjection.NAME, query);
        long position = view.position();
        LeaseRegister register = new LeaseRegister(view.source());
        LeaseRegister.RentRoll roll = register.rentRoll(request, query.businessDate(), position);
        return ViewResponses.list(accept, position, roll, roll.items(), RENT_CSV);
    }

    @GetMapping("/api/leases/{id}")
    ResponseEntity<LeaseRegister.LeaseDetail> one(@PathVariable String id, ViewQuery query) {
        ViewReads.Snapshot view = reads.read(LeaseProjection.NAME, query);
        long position = view.position();
        LeaseRegister register = new LeaseRegister(view.source());
        LeaseRegister.LeaseDetail lease =
                register.one(id, query.businessDate())
                        .orElseThrow(() -> new ViewNotFoundException("lease", id));
        return ViewResponses.entity(position, lease.version(), lease);
    }
}
