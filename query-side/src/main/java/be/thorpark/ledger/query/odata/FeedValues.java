package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.query.view.DocValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Reads view document fields as the feed's typed values. */
final class FeedValues {

    private FeedValues() {}

    /** An entity from name, value pairs, in the order of its properties. */
    static Map<String, Object> entity(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    static LocalDate date(Document doc, String field) {
        return DocValues.date(doc, field);
    }

    static Instant instant(Document doc, String field) {
        Object value = doc == null ? null : doc.get(field);
        if (value instanceof Date d) {
            return d.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    static List<String> texts(Document doc, String field) {
        return doc.getList(field, String.class, List.of());
    }
}
