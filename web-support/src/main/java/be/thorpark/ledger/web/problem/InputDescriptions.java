package be.thorpark.ledger.web.problem;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what went wrong while reading a request into words for the client: the JSON path of the bad
 * field and what was expected there, never a Java class name.
 */
final class InputDescriptions {

    /** A fully qualified Java name, as JDK and library messages carry them. */
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");

    private static final int MAX_KNOWN_FIELDS = 30;

    /** Jackson's words for a key given twice in one object (strict duplicate detection). */
    private static final Pattern DUPLICATE_KEY =
            Pattern.compile("^Duplicate Object property \"([^\"]{1,100})\"");

    private InputDescriptions() {}

    /** What a client sees when a JSON body cannot be read. */
    record Unreadable(String detail, List<InvalidField> errors) {}

    static Unreadable unreadableBody(Throwable failure) {
        JacksonException json = find(failure, JacksonException.class);
        if (json == null) {
            String message = failure == null ? null : failure.getMessage();
            if (message != null && message.startsWith("Required request body is missing")) {
                return new Unreadable("The request needs a JSON body", List.of());
            }
            return new Unreadable("The request body cannot be read", List.of());
        }
        if (json instanceof StreamConstraintsException) {
            return new Unreadable(
                    "The JSON body exceeds a limit: " + constraint(json.getOriginalMessage()),
                    List.of());
        }
        String duplicate = duplicateKey(json);
        if (duplicate != null) {
            String parent = path(json);
            String field = parent == null ? duplicate : parent + "." + duplicate;
            return new Unreadable(
                    "The request body has an invalid field: " + field,
                    List.of(new InvalidField(field, "is given more than once")));
        }
        String field = path(json);
        String message = fieldMessage(json);
        if (message == null) {
            String where =
                    json.getLocation() == null
                            ? ""
                            : " (line "
                                    + json.getLocation().getLineNr()
                                    + ", column "
                                    + json.getLocation().getColumnNr()
                                    + ")";
            return new Unreadable("The request body is not valid JSON" + where, List.of());
        }
        if (field == null) {
            return new Unreadable("The request body " + message, List.of());
        }
        return new Unreadable(
                "The request body has an invalid field: " + field,
                List.of(new InvalidField(field, message)));
    }

    /** The key a JSON object repeats, or null when that is not what went wrong. */
    private static String duplicateKey(JacksonException e) {
        if (!(e instanceof StreamReadException)) {
            return null;
        }
        var matcher = DUPLICATE_KEY.matcher(Objects.requireNonNullElse(e.getOriginalMessage(), ""));
        return matcher.find() && isSafe(matcher.group(1)) ? matcher.group(1) : null;
    }

    /** What to say about the field, or null when the JSON itself is broken. */
    private static String fieldMessage(JacksonException e) {
        if (e instanceof PropertyBindingException unknown) {
            return "is not a known field" + knownFields(unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format) {
            return "must be " + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            String original = Objects.requireNonNullElse(mismatch.getOriginalMessage(), "");
            if (original.contains("`null`") || original.contains("null value")) {
                return "must not be null";
            }
            return "must be " + expected(mismatch.getTargetType());
        }
        if (e instanceof InputCoercionException coercion) {
            return "must be " + expected(coercion.getTargetType()) + " within range";
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException && isSafe(cause.getMessage())) {
                return cause.getMessage();
            }
            return "has an invalid value";
        }
        if (e instanceof StreamReadException) {
            return null;
        }
        return "has an invalid value";
    }

    private static String knownFields(Collection<Object> known) {
        if (known == null || known.isEmpty() || known.size() > MAX_KNOWN_FIELDS) {
            return "";
        }
        return "; known fields: "
                + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String constraint(String message) {
        String text = Objects.requireNonNullElse(message, "").toLowerCase();
        if (text.contains("nesting depth")) {
            return "it is nested too deeply";
        }
        if (text.contains("string value length")) {
            return "a text value is too long";
        }
        if (text.contains("number value length")) {
            return "a number has too many digits";
        }
        if (text.contains("name length")) {
            return "a field name is too long";
        }
        return "it is too large";
    }

    /**
     * The JSON path of the failure: {@code contact.email}, {@code sources[1].committed}; null at
     * the root.
     */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** What a value of this type looks like, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class
                || type == byte.class
                || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class
                || type == Double.class
                || type == float.class
                || type == Float.class
                || type == BigDecimal.class
                || type == Number.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date-time in ISO-8601 format with offset, e.g. 2026-03-01T09:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date-time in ISO-8601 format, e.g. 2026-03-01T09:30:00";
        }
        if (type == LocalDate.class) {
            return "a date in ISO-8601 format from 1900-01-01 to 2199-12-31, e.g. 2026-03-01";
        }
        if (type == LocalTime.class) {
            return "a time in ISO-8601 format, e.g. 09:30";
        }
        if (type == YearMonth.class) {
            return "a year and month, e.g. 2026-03";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration, e.g. PT15M";
        }
        if (type == Period.class) {
            return "an ISO-8601 period, e.g. P1M";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type)
                || type == char.class
                || type == Character.class) {
            return "a text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        String prefix = idPrefix(type);
        if (prefix != null) {
            return "an id that starts with '"
                    + prefix
                    + "' and holds at most 80 lower-case letters, digits, '.', '_' or '-'";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid value";
    }

    /**
     * The prefix of an entity id type ({@code ProgrammeId.PREFIX} and its kind), so that a bad id
     * in a path is named as an id rather than as "an object".
     */
    private static String idPrefix(Class<?> type) {
        if (!type.isRecord() || !type.getSimpleName().endsWith("Id")) {
            return null;
        }
        try {
            Field field = type.getField("PREFIX");
            return Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String p
                    ? p
                    : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Whether a message may be shown to a client: present, short, and naming no Java class. */
    static boolean isSafe(String message) {
        return message != null
                && !message.isBlank()
                && message.length() <= 300
                && !QUALIFIED_NAME.matcher(message).find();
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
