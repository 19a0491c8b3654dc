package be.thorpark.ledger.query.view;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * How views store values: money and areas as exact Decimal128 (summable by reporting tools, never
 * binary floating point), business dates as ISO-8601 text (ordered like the dates themselves).
 */
public final class DocValues {

    private DocValues() {}

    public static Decimal128 decimal(Money money) {
        return money == null ? null : new Decimal128(money.toBigDecimal());
    }

    public static Decimal128 decimal(AreaM2 area) {
        return area == null ? null : new Decimal128(area.toBigDecimal());
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static BigDecimal decimal(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Decimal128 d) {
            return d.bigDecimalValue().setScale(2, RoundingMode.UNNECESSARY);
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).setScale(2, RoundingMode.UNNECESSARY);
        }
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal decimalOrZero(Document doc, String field) {
        BigDecimal value = decimal(doc, field);
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    public static LocalDate date(Document doc, String field) {
        String value = doc == null ? null : doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    public static long longValue(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    /** Exact decimal text with two decimals, as the contract writes money and areas. */
    public static String text(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * {@code part} as a percentage of {@code whole} with two decimals, "0.00" when the whole is
     * zero.
     */
    public static String percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return "0.00";
        }
        return part.multiply(BigDecimal.valueOf(100))
                .divide(whole, 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @SuppressWarnings("unchecked")
    public static List<Document> documents(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof List<?> list ? (List<Document>) list : List.of();
    }

    public static Document document(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        return value instanceof Document d ? d : null;
    }
}
