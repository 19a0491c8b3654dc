package be.thorpark.ledger.query.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF (quotes doubled),
 * decimals written exactly as plain text.
 */
public final class CsvWriter {

    private static final String CRLF = "\r\n";

    private CsvWriter() {
    }

    /** One column: its header and how to read its value from a row. */
    public record Column<T>(String header, Function<T, ?> value) {
    }

    @SafeVarargs
    public static <T> List<Column<T>> columns(Column<T>... columns) {
        return List.of(columns);
    }

    public static <T> Column<T> column(String header, Function<T, ?> value) {
        return new Column<>(header, value);
    }

    public static <T> String write(List<Column<T>> columns, List<T> rows) {
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(c -> (Object) c.header()).toList());
        for (T row : rows) {
            line(out, columns.stream().map(c -> c.value().apply(row)).map(v -> (Object) v).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append(CRLF);
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
