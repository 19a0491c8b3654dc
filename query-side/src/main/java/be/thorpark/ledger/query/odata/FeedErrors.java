package be.thorpark.ledger.query.odata;

import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ODataServerError;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.DefaultProcessor;
import org.apache.olingo.server.api.processor.ErrorProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OData's error format for every failure. A server-side failure keeps its details in the log: its
 * message could name internals, so the answer says only that it failed.
 */
final class FeedErrors implements ErrorProcessor {

    private static final Logger log = LoggerFactory.getLogger(FeedErrors.class);

    private final DefaultProcessor format = new DefaultProcessor();

    @Override
    public void init(OData odata, ServiceMetadata metadata) {
        format.init(odata, metadata);
    }

    @Override
    public void processError(
            ODataRequest request,
            ODataResponse response,
            ODataServerError error,
            ContentType responseFormat) {
        if (error.getStatusCode() == HttpStatusCode.NOT_IMPLEMENTED.getStatusCode()) {
            // A part of OData the feed does not offer ($batch, $crossjoin, ...) is a request it
            // cannot answer.
            error.setStatusCode(HttpStatusCode.BAD_REQUEST.getStatusCode());
            error.setMessage("Not supported by this feed: " + error.getMessage());
        } else if (error.getStatusCode() >= 500) {
            if (error.getException() != null) {
                log.error("The OData feed failed", error.getException());
            }
            error.setMessage("The feed could not be read; the ledger's log has the details");
            error.setException(null);
            error.setDetails(null);
            error.setInnerError(null);
        }
        format.processError(request, response, error, responseFormat);
    }
}
