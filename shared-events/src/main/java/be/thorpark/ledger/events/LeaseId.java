package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a lease. */
public record LeaseId(String value) {

    public static final String PREFIX = "lease-";

    public LeaseId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static LeaseId of(String value) {
        return new LeaseId(value);
    }

    public static LeaseId random() {
        return new LeaseId(EntityIds.random(PREFIX));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
