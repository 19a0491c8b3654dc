package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Per source of a programme, as the REST funding overview computes them: committed, requested (open
 * requests), paid (paid amounts) and remaining = committed - requested - paid.
 */
final class FundingSums {

    record SourceSum(
            String code, String name, BigDecimal committed, BigDecimal requested, BigDecimal paid) {
        BigDecimal remaining() {
            return committed.subtract(requested).subtract(paid);
        }
    }

    private FundingSums() {}

    /** The disbursements of a batch of programmes, read in one query. */
    static Map<String, List<Document>> disbursements(
            FeedContext context, List<Document> programmes) {
        Map<String, List<Document>> byProgramme = new HashMap<>();
        List<String> ids = programmes.stream().map(p -> p.getString("_id")).toList();
        if (ids.isEmpty()) {
            return byProgramme;
        }
        for (Document d :
                context.source()
                        .collection(FundingProjection.DISBURSEMENTS)
                        .find(
                                Filters.and(
                                        Filters.in("programmeId", ids),
                                        Filters.exists("amount")))) {
            byProgramme.computeIfAbsent(d.getString("programmeId"), k -> new ArrayList<>()).add(d);
        }
        return byProgramme;
    }

    static List<SourceSum> sources(Document programme, List<Document> disbursements) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Document source : DocValues.documents(programme, "sources")) {
            sums.put(
                    source.getString("code"),
                    new BigDecimal[] {
                        DocValues.decimalOrZero(source, "committed"), zero(), zero()
                    });
            names.put(source.getString("code"), source.getString("name"));
        }
        for (Document d : disbursements) {
            BigDecimal[] sum =
                    sums.computeIfAbsent(
                            d.getString("source"), k -> new BigDecimal[] {zero(), zero(), zero()});
            if (d.get("paidOn") != null) {
                BigDecimal paid = DocValues.decimal(d, "paidAmount");
                sum[2] = sum[2].add(paid != null ? paid : DocValues.decimalOrZero(d, "amount"));
            } else {
                sum[1] = sum[1].add(DocValues.decimalOrZero(d, "amount"));
            }
        }
        List<SourceSum> lines = new ArrayList<>();
        sums.forEach(
                (code, s) -> lines.add(new SourceSum(code, names.get(code), s[0], s[1], s[2])));
        return lines;
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
