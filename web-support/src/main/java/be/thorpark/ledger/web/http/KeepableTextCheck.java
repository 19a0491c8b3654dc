package be.thorpark.ledger.web.http;

import be.thorpark.ledger.web.problem.InvalidField;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before any handler runs, a JSON body holding text the ledger cannot keep byte for byte
 * ({@link KeepableText}), naming every such field, so that no command can store a value that reads
 * back differently from what its hash covers. Field names are checked too. A body that is not even
 * valid JSON is left to the JSON reader, which explains that better.
 */
@ControllerAdvice
public class KeepableTextCheck extends RequestBodyAdviceAdapter {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Override
    public boolean supports(
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = message.getBody().readAllBytes();
        List<InvalidField> errors = unkeepableFields(body);
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.INVALID_INPUT,
                    "The request body holds text the "
                            + "ledger cannot store as it was sent: "
                            + errors.get(0).field(),
                    errors);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    static List<InvalidField> unkeepableFields(byte[] body) {
        List<InvalidField> errors = new ArrayList<>();
        try (JsonParser parser = PLAIN.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
                    String problem = KeepableText.problem(parser.getString());
                    if (problem != null) {
                        boolean name = token == JsonToken.PROPERTY_NAME;
                        TokenStreamContext context = parser.streamReadContext();
                        String field = path(name ? context.getParent() : context);
                        errors.add(
                                new InvalidField(
                                        field.isEmpty() ? null : field,
                                        name ? "has a field whose name " + problem : problem));
                    }
                }
            }
        } catch (JacksonException e) {
            // Not valid JSON: the JSON reader refuses it with its own description.
            return errors;
        }
        return errors;
    }

    /**
     * {@code contact.email}, {@code sources[1].name}: the notation every other field error uses.
     */
    private static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                // A name that cannot be kept cannot be echoed either.
                parts.push(
                        "."
                                + (KeepableText.problem(c.currentName()) == null
                                        ? c.currentName()
                                        : "?"));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
