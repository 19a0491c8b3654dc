package be.thorpark.ledger.query.view;

import static be.thorpark.ledger.query.view.CsvWriter.column;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    record Row(String name, BigDecimal amount, Integer count) {}

    private static final List<CsvWriter.Column<Row>> COLUMNS =
            CsvWriter.columns(
                    column("name", Row::name),
                    column("amount", Row::amount),
                    column("count", Row::count));

    @Test
    void writesAHeaderRowAndCrlfLineEnds() {
        String csv =
                CsvWriter.write(
                        COLUMNS, List.of(new Row("Mo-Thor", new BigDecimal("5200000.00"), 3)));

        assertThat(csv).isEqualTo("name,amount,count\r\nMo-Thor,5200000.00,3\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksDoublingQuotes() {
        String csv =
                CsvWriter.write(
                        COLUMNS,
                        List.of(
                                new Row("Labs, Genk", null, null),
                                new Row("the \"pilot\" line", null, null),
                                new Row("two\r\nlines", null, null),
                                new Row("one\nline", null, null)));

        assertThat(csv)
                .isEqualTo(
                        "name,amount,count\r\n"
                                + "\"Labs, Genk\",,\r\n"
                                + "\"the \"\"pilot\"\" line\",,\r\n"
                                + "\"two\r\nlines\",,\r\n"
                                + "\"one\nline\",,\r\n");
    }

    @Test
    void writesDecimalsExactlyWithoutExponent() {
        assertThat(CsvWriter.field(new BigDecimal("1E+7").setScale(2))).isEqualTo("10000000.00");
        assertThat(CsvWriter.field(new BigDecimal("0.10"))).isEqualTo("0.10");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        String csv =
                CsvWriter.write(
                        COLUMNS,
                        List.of(
                                new Row("=HYPERLINK(\"http://x\")", null, null),
                                new Row("+32 89 00 00 00", null, null),
                                new Row("-cmd", null, null),
                                new Row("@SUM(A1)", null, null),
                                new Row("\tindented", null, null),
                                new Row("\rreturn", null, null),
                                new Row("Mo-Thor = Genk", null, null)));

        assertThat(csv)
                .isEqualTo(
                        "name,amount,count\r\n"
                                + "\"'=HYPERLINK(\"\"http://x\"\")\",,\r\n"
                                + "'+32 89 00 00 00,,\r\n"
                                + "'-cmd,,\r\n"
                                + "'@SUM(A1),,\r\n"
                                + "'\tindented,,\r\n"
                                + "\"'\rreturn\",,\r\n"
                                + "Mo-Thor = Genk,,\r\n");
    }

    @Test
    void negativeNumbersStayNumbers() {
        String csv =
                CsvWriter.write(
                        COLUMNS, List.of(new Row("credit note", new BigDecimal("-12.50"), -3)));

        assertThat(csv).isEqualTo("name,amount,count\r\ncredit note,-12.50,-3\r\n");
    }

    @Test
    void writesOnlyTheHeaderForNoRows() {
        assertThat(CsvWriter.write(COLUMNS, List.of())).isEqualTo("name,amount,count\r\n");
    }

    @Test
    void csvIsChosenOnlyWhenItRanksBeforeJson() {
        assertThat(ViewResponses.wantsCsv("text/csv")).isTrue();
        assertThat(ViewResponses.wantsCsv("text/csv;q=0.5, application/json")).isFalse();
        assertThat(ViewResponses.wantsCsv("application/json;q=0.5, text/csv")).isTrue();
        assertThat(ViewResponses.wantsCsv("*/*")).isFalse();
        assertThat(ViewResponses.wantsCsv(null)).isFalse();
        assertThat(ViewResponses.wantsCsv("not a media type")).isFalse();
    }
}
