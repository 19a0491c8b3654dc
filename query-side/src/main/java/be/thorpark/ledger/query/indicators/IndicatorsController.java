package be.thorpark.ledger.query.indicators;

import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.ViewQuery;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewResponses;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring indicators as of a business date ({@code ?date=}, today by default), each with its
 * lineage.
 */
@RestController
class IndicatorsController {

    static final List<CsvWriter.Column<Indicators.Figure>> CSV =
            CsvWriter.columns(
                    column("indicator", Indicators.Figure::indicator),
                    column("label", Indicators.Figure::label),
                    column("unit", Indicators.Figure::unit),
                    column("value", Indicators.Figure::value),
                    column(
                            "lineage",
                            f ->
                                    f.lineage().stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(" "))));

    private final ViewReads reads;

    IndicatorsController(ViewReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/indicators")
    ResponseEntity<?> indicators(
            ViewQuery query,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ViewReads.Snapshot view = reads.read(IndicatorsProjection.NAME, query);
        Indicators.Answer answer =
                new Indicators(view.source()).on(query.businessDate(), view.position());
        return ViewResponses.list(accept, view.position(), answer, answer.figures(), CSV);
    }
}
