package be.thorpark.ledger.query.odata;

import java.util.Locale;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;

/**
 * The feed's own rejections, answered in OData's error format with a message naming the problem.
 */
final class ODataProblems {

    private ODataProblems() {}

    static ODataApplicationException badRequest(String message) {
        return new ODataApplicationException(
                message, HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
    }

    static ODataApplicationException forbidden(String message) {
        return new ODataApplicationException(
                message, HttpStatusCode.FORBIDDEN.getStatusCode(), Locale.ROOT);
    }

    static ODataApplicationException notFound(String message) {
        return new ODataApplicationException(
                message, HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ROOT);
    }

    static ODataApplicationException notAcceptable(String message) {
        return new ODataApplicationException(
                message, HttpStatusCode.NOT_ACCEPTABLE.getStatusCode(), Locale.ROOT);
    }

    static ODataApplicationException unavailable(String message) {
        return new ODataApplicationException(
                message, HttpStatusCode.SERVICE_UNAVAILABLE.getStatusCode(), Locale.ROOT);
    }
}
