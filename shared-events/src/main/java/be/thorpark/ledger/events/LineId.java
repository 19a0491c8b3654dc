package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an expenditure line within its programme. */
public record LineId(String value) {

    public static final String PREFIX = "line-";

    public LineId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static LineId of(String value) {
        return new LineId(value);
    }

    public static LineId random() {
        return new LineId(EntityIds.random(PREFIX));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
