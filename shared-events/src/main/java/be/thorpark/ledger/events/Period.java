package be.thorpark.ledger.events;

import java.time.LocalDate;

/** A closed range of business dates, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period has a start and an end date");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    public boolean covers(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
