package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.query.view.BusinessCalendar;
import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import be.thorpark.ledger.query.view.ViewResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static be.thorpark.ledger.query.view.CsvWriter.column;

/** The lease register, one lease with its amendments in order, and the rent roll on a business date. */
@RestController
class LeaseController {

    static final List<CsvWriter.Column<LeaseRegister.LeaseLine>> LEASE_CSV = CsvWriter.columns(
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

    static final List<CsvWriter.Column<LeaseRegister.RentLine>> RENT_CSV = CsvWriter.columns(
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
    ResponseEntity<?> list(@RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestParam(required = false) String tenantId,
                           @RequestParam(required = false) String unitId,
                           @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) Long asOfPosition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOfTime,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = PageRequest.of(page, size);
        ViewReads.Snapshot view = reads.read(LeaseProjection.NAME, minPosition, asOfPosition, asOfTime);
        long position = view.position();
        LeaseRegister register = new LeaseRegister(view.source());
        return ViewResponses.list(accept,
                register.list(request, BusinessCalendar.dateOrToday(date), tenantId, unitId, position), LEASE_CSV);
    }

    @GetMapping("/api/leases/rent-roll")
    ResponseEntity<?> rentRoll(@RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                               @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) Long asOfPosition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOfTime,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = PageRequest.of(page, size);
        ViewReads.Snapshot view = reads.read(LeaseProjection.NAME, minPosition, asOfPosition, asOfTime);
        long position = view.position();
        LeaseRegister register = new LeaseRegister(view.source());
        LeaseRegister.RentRoll roll = register.rentRoll(request, BusinessCalendar.dateOrToday(date), position);
        return ViewResponses.list(accept, position, roll, roll.items(), RENT_CSV);
    }

    @GetMapping("/api/leases/{id}")
    ResponseEntity<LeaseRegister.LeaseDetail> one(@PathVariable String id,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                  @RequestParam(required = false) Long minPosition,
            @RequestParam(required = false) Long asOfPosition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOfTime) {
        ViewReads.Snapshot view = reads.read(LeaseProjection.NAME, minPosition, asOfPosition, asOfTime);
        long position = view.position();
        LeaseRegister register = new LeaseRegister(view.source());
        return ViewResponses.one(position, register.one(id, BusinessCalendar.dateOrToday(date))
                .orElseThrow(() -> new ViewNotFoundException("lease", id)));
    }
}
