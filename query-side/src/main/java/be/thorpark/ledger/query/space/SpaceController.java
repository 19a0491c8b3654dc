package be.thorpark.ledger.query.space;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewNotFoundException;
import be.thorpark.ledger.query.view.ViewPage;
import be.thorpark.ledger.query.view.ViewQuery;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewResponses;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Units and occupancy on a business date (default today). */
@RestController
class SpaceController {

    static final List<CsvWriter.Column<Occupancy.UnitLine>> UNIT_CSV =
            CsvWriter.columns(
                    column("id", Occupancy.UnitLine::id),
                    column("building", Occupancy.UnitLine::building),
                    column("code", Occupancy.UnitLine::code),
                    column("type", Occupancy.UnitLine::type),
                    column("area", Occupancy.UnitLine::area),
                    column("availableFrom", Occupancy.UnitLine::availableFrom),
                    column("available", Occupancy.UnitLine::available),
                    column("activeLeases", Occupancy.UnitLine::activeLeases),
                    column("leasedArea", Occupancy.UnitLine::leasedArea),
                    column("freeArea", Occupancy.UnitLine::freeArea),
                    column("occupancyRate", Occupancy.UnitLine::occupancyRate));

    static final List<CsvWriter.Column<Occupancy.AreaLine>> OCCUPANCY_CSV =
            CsvWriter.columns(
                    column("type", Occupancy.AreaLine::type),
                    column("units", Occupancy.AreaLine::units),
                    column("area", Occupancy.AreaLine::area),
                    column("leasedArea", Occupancy.AreaLine::leasedArea),
                    column("freeArea", Occupancy.AreaLine::freeArea),
                    column("occupancyRate", Occupancy.AreaLine::occupancyRate),
                    column("plannedArea", Occupancy.AreaLine::plannedArea));

    private final ViewReads reads;

    SpaceController(ViewReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/units")
    ResponseEntity<?> units(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = query.pageRequest();
        ViewReads.Snapshot view = reads.read(SpaceProjection.NAME, query);
        long position = view.position();
        Occupancy occupancy = new Occupancy(view.source());
        return ViewResponses.list(
                accept,
                ViewPage.of(occupancy.units(query.businessDate()), request, position),
                UNIT_CSV);
    }

    @GetMapping("/api/units/{id}")
    ResponseEntity<Occupancy.UnitDetail> one(@PathVariable String id, ViewQuery query) {
        ViewReads.Snapshot view = reads.read(SpaceProjection.NAME, query);
        Occupancy.UnitDetail unit =
                new Occupancy(view.source())
                        .unit(id, query.businessDate())
                        .orElseThrow(() -> new ViewNotFoundException("unit", id));
        return ViewResponses.entity(view.position(), unit.version(), unit);
    }

    /** JSON: by type, total and targets; CSV: one row per type and a last row for the total. */
    @GetMapping("/api/occupancy")
    ResponseEntity<?> occupancy(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ViewReads.Snapshot view = reads.read(SpaceProjection.NAME, query);
        long position = view.position();
        Occupancy occupancy = new Occupancy(view.source());
        Occupancy.Report report = occupancy.report(query.businessDate(), position);
        List<Occupancy.AreaLine> rows = new ArrayList<>(report.byType());
        rows.add(report.total());
        return ViewResponses.list(accept, position, report, rows, OCCUPANCY_CSV);
    }
}
