package be.thorpark.ledger.query.pack;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.query.claims.ClaimsOverview;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackCsvTest {

    @Test
    void thePackListsTheLinesWithTheRestColumnsEveryValueQuotedAndFormulasNeutralised() {
        ClaimsOverview.Line line =
                new ClaimsOverview.Line(
                        "line-1",
                        "report-1",
                        "Labs, \"Genk\"",
                        "BE0123456789",
                        "=1+1",
                        "2023-03-01",
                        "2023-03-15",
                        "press",
                        "EQUIPMENT",
                        "-12.50",
                        "100.00",
                        "ACCEPTED",
                        null,
                        null,
                        List.of(
                                new ClaimsOverview.Evidence("abc", "a.pdf", "application/pdf", 1),
                                new ClaimsOverview.Evidence("def", "b.pdf", "application/pdf", 2)),
                        7L,
                        null);

        String csv = new String(PackCsv.lines(List.of(line)), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo(
                        "lineId,supplierName,supplierVat,invoiceNumber,invoiceDate,paymentDate,category,amountExclVat,declaredEligible,status,acceptedEligible,reviewRemarks,evidence\r\n"
                                + "\"line-1\",\"Labs,"
                                + " \"\"Genk\"\"\",\"BE0123456789\",\"'=1+1\",\"2023-03-01\",\"2023-03-15\",\"EQUIPMENT\",\"-12.50\",\"100.00\",\"ACCEPTED\",,,\"abc"
                                + " def\"\r\n");
    }
}
