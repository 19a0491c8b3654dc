package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.query.view.ViewReads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataHttpHandler;
import org.apache.olingo.server.api.ServiceMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OData v4 feed of the views at {@code /odata/} for Excel, Power BI and other reporting tools:
 * {@code $metadata}, every view as an entity set, read-only. Apache Olingo parses the URL and
 * writes the answers.
 */
@RestController
class ODataController {

    static final String ROOT = "/odata";

    /** Olingo's request attribute naming the part of the URL before the OData path. */
    private static final String REQUEST_MAPPING = "requestMapping";

    private final OData odata = OData.newInstance();
    private final ServiceMetadata metadata;
    private final FeedProcessor processor;

    ODataController(
            ViewReads reads,
            EventLog log,
            @Value("${campus.odata.page-size:200}") int pageSize,
            @Value("${campus.odata.max-page-size:1000}") int maxPageSize,
            @Value("${campus.odata.scan-window:10000}") int scanWindow,
            @Value("${campus.odata.max-pass:100000}") int maxPass,
            @Value("${campus.odata.sort-window:10000}") int sortWindow) {
        FeedSets sets = new FeedSets(log);
        this.metadata = odata.createServiceMetadata(new CampusEdmProvider(sets), List.of());
        this.processor =
                new FeedProcessor(
                        sets,
                        new FeedContexts(reads, log),
                        new FeedReader(scanWindow, maxPass, sortWindow),
                        new FeedRequests(pageSize, maxPageSize));
    }

    @GetMapping({ROOT, ROOT + "/**"})
    void serve(HttpServletRequest request, HttpServletResponse response) {
        // The whole URL before the OData path, so that a host name holding "/odata" cannot mislead
        // Olingo.
        String url = request.getRequestURL().toString();
        String prefix =
                url.substring(0, url.length() - request.getRequestURI().length())
                        + request.getContextPath()
                        + ROOT;
        request.setAttribute(REQUEST_MAPPING, prefix);
        ODataHttpHandler handler = odata.createHandler(metadata);
        handler.register(processor);
        handler.register(new FeedErrors());
        handler.process(request, response);
    }
}
