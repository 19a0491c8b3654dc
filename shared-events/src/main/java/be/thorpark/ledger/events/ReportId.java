package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a progress report within its funding programme. */
public record ReportId(String value) {

    public static final String PREFIX = "report-";

    public ReportId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static ReportId of(String value) {
        return new ReportId(value);
    }

    public static ReportId random() {
        return new ReportId(EntityIds.random(PREFIX));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
