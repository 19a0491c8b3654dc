package be.thorpark.ledger.query.pack;

import be.thorpark.ledger.query.claims.ClaimsOverview;
import be.thorpark.ledger.query.view.CsvWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a pack as CSV, quoted by RFC 4180, with each evidence hash listed. */
final class PackCsv {

    private PackCsv() {}

    /**
     * The same columns as the REST answer ({@link ClaimsOverview#LINE_CSV}), every value quoted:
     * the pack is signed, so its bytes stay as they were first defined.
     */
    static byte[] lines(List<ClaimsOverview.Line> lines) {
        List<CsvWriter.Column<ClaimsOverview.Line>> columns = ClaimsOverview.LINE_CSV;
        StringBuilder out =
                new StringBuilder(
                                String.join(
                                        ",",
                                        columns.stream().map(CsvWriter.Column::header).toList()))
                        .append("\r\n");
        for (ClaimsOverview.Line l : lines) {
            out.append(
                            String.join(
                                    ",",
                                    columns.stream().map(c -> cell(c.value().apply(l))).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object cell) {
        String value = cell == null ? null : cell.toString();
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty()
                && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
