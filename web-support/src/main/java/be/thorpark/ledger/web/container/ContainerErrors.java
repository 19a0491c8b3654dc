package be.thorpark.ledger.web.container;

import org.springframework.http.HttpStatus;

/**
 * The words for an error the container or the framework raised: by status only, never from an
 * exception.
 */
final class ContainerErrors {

    static final String UNEXPECTED =
            "The request could not be completed because of an error in the server; "
                    + "it has been logged";

    private ContainerErrors() {}

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST ->
                    "The request is malformed: its path, a header or the body cannot be accepted";
            case UNAUTHORIZED -> "This request needs authentication";
            case FORBIDDEN -> "Your roles do not allow this request";
            case NOT_FOUND -> "Nothing exists at this path";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            case NOT_ACCEPTABLE -> "No answer in an accepted media type exists here";
            case REQUEST_TIMEOUT -> "The request did not arrive in time";
            case CONTENT_TOO_LARGE -> "The request body is too large";
            case URI_TOO_LONG -> "The request path is too long";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body's media type is not supported here";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large";
            case NOT_IMPLEMENTED -> "This method is not supported";
            case SERVICE_UNAVAILABLE ->
                    "The service is unavailable for the moment; try again later";
            default -> status.is5xxServerError() ? UNEXPECTED : status.getReasonPhrase();
        };
    }
}
