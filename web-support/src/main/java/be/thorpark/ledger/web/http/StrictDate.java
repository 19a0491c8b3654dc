package be.thorpark.ledger.web.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A business date is a JSON string {@code yyyy-mm-dd} within the years the ledger accepts. A number
 * is not a date ({@code 20230101} would otherwise be read as a count of days since 1970, year
 * +57358), and a year outside {@value #FIRST_YEAR}..{@value #LAST_YEAR} is a typing error rather
 * than a lease or a report period.
 */
final class StrictDate extends StdScalarDeserializer<LocalDate> {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    StrictDate() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getString().trim();
        LocalDate date = null;
        if (ISO_DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeException notADay) {
                date = null;
            }
        }
        if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return (LocalDate)
                    context.handleWeirdStringValue(
                            LocalDate.class,
                            text,
                            "not a date from %d to %d",
                            FIRST_YEAR,
                            LAST_YEAR);
        }
        return date;
    }
}
