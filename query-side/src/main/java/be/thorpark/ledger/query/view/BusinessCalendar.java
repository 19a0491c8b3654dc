package be.thorpark.ledger.query.view;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are those of the campus, in Belgium. */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private BusinessCalendar() {}

    /** {@code date} when given, else today on the campus. */
    public static LocalDate dateOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(ZONE);
    }
}
