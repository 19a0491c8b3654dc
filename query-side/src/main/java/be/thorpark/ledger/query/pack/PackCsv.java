package be.thorpark.ledger.query.pack;

import be.thorpark.ledger.query.claims.ClaimsOverview;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a pack as CSV, quoted by RFC 4180, with each evidence hash listed. */
final class PackCsv {

    private PackCsv() {
    }

    static byte[] lines(List<ClaimsOverview.Line> lines) {
        StringBuilder out = new StringBuilder("lineId,supplierName,supplierVat,invoiceNumber,invoiceDate,paymentDate,"
                + "category,amountExclVat,declaredEligible,status,acceptedEligible,reviewRemarks,evidence\r\n");
        for (ClaimsOverview.Line l : lines) {
            out.append(String.join(",", List.of(cell(l.lineId()), cell(l.supplierName()), cell(l.supplierVat()),
                    cell(l.invoiceNumber()), cell(l.invoiceDate()), cell(l.paymentDate()), cell(l.category()),
                    cell(l.amountExclVat()), cell(l.declaredEligible()), cell(l.status()),
                    cell(l.acceptedEligible()), cell(l.reviewRemarks()),
                    cell(String.join(" ", l.evidence().stream().map(ClaimsOverview.Evidence::sha256).toList())))))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
