package be.thorpark.ledger.query.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * RFC 4180 CSV through Jackson's CSV writer: a header row, CRLF line ends, fields quoted only when
 * they hold a comma, a quote, CR or LF (quotes doubled), decimals written exactly as plain text.
 *
 * <p>Text that a spreadsheet would run as a formula (a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) gets a leading single quote, as OWASP advises
 * against CSV injection. Numbers are written as numbers: {@code -12.50} in an amount column is a
 * value, and quoting it would make it text in every tool.
 */
public final class CsvWriter {

    private static final CsvMapper MAPPER =
            CsvMapper.builder()
                    .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvWriter() {}

    /** One column: its header and how to read its value from a row. */
    public record Column<T>(String header, Function<T, ?> value) {}

    @SafeVarargs
    public static <T> List<Column<T>> columns(Column<T>... columns) {
        return List.of(columns);
    }

    public static <T> Column<T> column(String header, Function<T, ?> value) {
        return new Column<>(header, value);
    }

    public static <T> String write(List<Column<T>> columns, List<T> rows) {
        List<List<Object>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(columns.stream().map(c -> (Object) c.header()).toList());
        for (T row : rows) {
            lines.add(columns.stream().map(c -> cell(c.value().apply(row))).toList());
        }
        return MAPPER.writer(SCHEMA).writeValueAsString(lines);
    }

    /** One value as it appears in a line, quoted where needed. */
    static String field(Object value) {
        String line =
                MAPPER.writer(SCHEMA)
                        .writeValueAsString(
                                List.of(java.util.Collections.singletonList(cell(value))));
        return line.substring(0, line.length() - 2);
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        return neutralized(value.toString());
    }

    static String neutralized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
