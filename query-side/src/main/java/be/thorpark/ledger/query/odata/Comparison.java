package be.thorpark.ledger.query.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Values as filters and sorts compare them: every number as an exact decimal, text by its
 * characters, dates and instants in time order, false before true; null before everything (as OData
 * orders ascending).
 */
final class Comparison {

    static final Comparator<Object> NULLS_FIRST = (a, b) -> compare(a, b);

    private Comparison() {}

    static Object normalize(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        return value;
    }

    /** Whether two non-null values are equal in value (2.0 equals 2). */
    static boolean same(Object a, Object b) {
        return compare(a, b) == 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        Object x = normalize(a);
        Object y = normalize(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x instanceof List || y instanceof List) {
            throw new BadFeedQueryException(
                    "a list property (participants, decisions) cannot be compared; "
                            + "filter on the other properties");
        }
        if (!comparable(x, y)) {
            throw new BadFeedQueryException(
                    "cannot compare " + describe(x) + " with " + describe(y));
        }
        return ((Comparable) x).compareTo(y);
    }

    private static boolean comparable(Object x, Object y) {
        return x.getClass() == y.getClass()
                && (x instanceof BigDecimal
                        || x instanceof String
                        || x instanceof LocalDate
                        || x instanceof Instant
                        || x instanceof Boolean);
    }

    static String describe(Object value) {
        if (value instanceof BigDecimal) {
            return "a number";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof LocalDate) {
            return "a date";
        }
        if (value instanceof Instant) {
            return "a date-time";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
