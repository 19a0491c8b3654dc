package be.thorpark.ledger.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure of a request as an RFC 9457 {@code application/problem+json} body: type,
 * title, status, detail, instance (the request path), {@code code} when there is one and {@code
 * errors} for invalid inputs. Bodies never carry class names, messages of unexpected exceptions or
 * stack traces; unexpected exceptions are logged.
 *
 * <p>Ordered last, so that a controller advice of a feature can still answer its own exceptions
 * first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    static final String UNEXPECTED =
            "The request could not be completed because of an error in the server; "
                    + "it has been logged";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::add);
        return respond(ex.status(), Problems.problem(ex, request.getRequestURI()), headers);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> handleBodyTooLarge(
            BodyTooLargeException ex, HttpServletRequest request) {
        return tooLarge(ex, request.getRequestURI());
    }

    /**
     * A multipart body that cannot be read is the client's mistake; one above the evidence limit is
     * too large.
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> handleMultipart(
            org.springframework.web.multipart.MultipartException ex, HttpServletRequest request) {
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return respond(
                    HttpStatus.CONTENT_TOO_LARGE,
                    Problems.problem(
                            ProblemCode.BODY_TOO_LARGE,
                            "The uploaded file is larger than the evidence limit",
                            List.of(),
                            request.getRequestURI()),
                    null);
        }
        return respond(
                HttpStatus.BAD_REQUEST,
                Problems.problem(
                        ProblemCode.INVALID_INPUT,
                        "The multipart body cannot be read",
                        List.of(
                                new InvalidField(
                                        "file",
                                        "a multipart/form-data part " + "named file is required")),
                        request.getRequestURI()),
                null);
    }

    /** Security decides these itself (401 or 403): hand them back to its filter. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void handleSecurity(RuntimeException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        BodyTooLargeException tooLarge = InputDescriptions.find(ex, BodyTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, request.getRequestURI());
        }
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return respond(
                status,
                Problems.problem(
                        ProblemCode.SERVER_ERROR, UNEXPECTED, List.of(), request.getRequestURI()),
                null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new InvalidField(error.getField(), fieldMessage(error)));
        }
        for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
            errors.add(new InvalidField(null, message(error)));
        }
        return invalid(errors, "The request body has invalid fields", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = parameterName(result.getMethodParameter());
            if (result.getContainerIndex() != null) {
                name = name + "[" + result.getContainerIndex() + "]";
            } else if (result.getContainerKey() != null) {
                name = name + "[" + result.getContainerKey() + "]";
            }
            if (result instanceof ParameterErrors parameterErrors) {
                for (FieldError error : parameterErrors.getFieldErrors()) {
                    errors.add(
                            new InvalidField(fieldOr(name, error.getField()), fieldMessage(error)));
                }
                for (ObjectError error : parameterErrors.getGlobalErrors()) {
                    errors.add(new InvalidField(name, message(error)));
                }
            } else {
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new InvalidField(name, message(error)));
                }
            }
        }
        return invalid(errors, "The request has invalid values", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        BodyTooLargeException tooLarge = InputDescriptions.find(ex, BodyTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, path(request));
        }
        // A refusal raised while the body was read (it came too late, for one) keeps its own
        // status.
        ProblemException refusal = InputDescriptions.find(ex, ProblemException.class);
        if (refusal != null) {
            return respond(refusal.status(), Problems.problem(refusal, path(request)), headers);
        }
        InputDescriptions.Unreadable unreadable =
                InputDescriptions.unreadableBody(ex.getCause() == null ? ex : ex.getCause());
        HttpStatus badRequest = HttpStatus.BAD_REQUEST;
        return respond(
                badRequest,
                Problems.problem(
                        ProblemCode.INVALID_INPUT,
                        unreadable.detail(),
                        unreadable.errors(),
                        path(request)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String name = ex.getParameterName();
        HttpStatus badRequest = HttpStatus.BAD_REQUEST;
        return respond(
                badRequest,
                Problems.problem(
                        ProblemCode.INVALID_INPUT,
                        "The request parameter '" + name + "' is required",
                        List.of(new InvalidField(name, "is required")),
                        path(request)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument
                        ? argument.getName()
                        : ex.getPropertyName();
        String message = "must be " + InputDescriptions.expected(ex.getRequiredType());
        HttpStatus badRequest = HttpStatus.BAD_REQUEST;
        return respond(
                badRequest,
                Problems.problem(
                        ProblemCode.INVALID_INPUT,
                        "The request parameter '" + name + "' " + message,
                        List.of(new InvalidField(name, message)),
                        path(request)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return notFound(headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return notFound(headers, request);
    }

    /**
     * Every other Spring MVC failure (405, 406, 415, ...) keeps Spring's problem body, which names
     * no internals, and gains the request path; a server error's detail is replaced by a generic
     * one and the error logged.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex,
            Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ResponseEntity<Object> response =
                super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getInstance() == null) {
                problem.setInstance(Problems.instance(path(request)));
            }
            ProblemCode code = ProblemCode.forStatus(status);
            problem.setType(code.type());
            problem.setProperty("code", code.name());
            if (status.is5xxServerError()) {
                LOG.error("{} failed", path(request), ex);
                problem.setDetail(UNEXPECTED);
            }
        }
        return response;
    }

    /** Problem bodies are always problem+json, also when the client accepts only something else. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders all = new HttpHeaders();
        if (headers != null) {
            all.putAll(headers);
        }
        if (body instanceof ProblemDetail) {
            all.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return new ResponseEntity<>(body, all, status);
    }

    private ResponseEntity<Object> notFound(HttpHeaders headers, WebRequest request) {
        HttpStatus notFound = HttpStatus.NOT_FOUND;
        return respond(
                notFound,
                Problems.problem(
                        ProblemCode.NOT_FOUND,
                        "Nothing exists at this path",
                        List.of(),
                        path(request)),
                headers);
    }

    private ResponseEntity<Object> invalid(
            List<InvalidField> errors, String detail, HttpHeaders headers, WebRequest request) {
        errors.sort(
                Comparator.comparing((InvalidField e) -> e.field() == null ? "" : e.field())
                        .thenComparing(e -> e.message() == null ? "" : e.message()));
        HttpStatus badRequest = HttpStatus.BAD_REQUEST;
        return respond(
                badRequest,
                Problems.problem(ProblemCode.INVALID_INPUT, detail, errors, path(request)),
                headers);
    }

    private ResponseEntity<Object> tooLarge(BodyTooLargeException ex, String path) {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        return respond(
                status,
                Problems.problem(ProblemCode.BODY_TOO_LARGE, ex.getMessage(), List.of(), path),
                null);
    }

    private ResponseEntity<Object> respond(
            HttpStatusCode status, ProblemDetail problem, HttpHeaders headers) {
        return createResponseEntity(problem, headers, status, null);
    }

    private static String fieldMessage(FieldError error) {
        // A binding failure's default message is a conversion error naming Java types.
        return error.isBindingFailure() ? "has an invalid value" : message(error);
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return InputDescriptions.isSafe(message) ? message : "is invalid";
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "argument " + parameter.getParameterIndex();
    }

    private static String fieldOr(String parameter, String field) {
        return field == null || field.isEmpty() ? parameter : field;
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : null;
    }
}
