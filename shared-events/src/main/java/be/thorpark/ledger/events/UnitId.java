package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a rentable unit; derived from its building and code so that a unit is registered once.
 */
public record UnitId(String value) {

    public static final String PREFIX = "unit-";

    public UnitId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    public static UnitId forCode(String building, String code) {
        return new UnitId(PREFIX + EntityIds.slug(building) + "-" + EntityIds.slug(code));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
