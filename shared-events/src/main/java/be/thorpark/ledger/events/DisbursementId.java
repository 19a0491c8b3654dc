package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a disbursement within its funding programme. */
public record DisbursementId(String value) {

    public static final String PREFIX = "disbursement-";

    public DisbursementId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static DisbursementId of(String value) {
        return new DisbursementId(value);
    }

    public static DisbursementId random() {
        return new DisbursementId(EntityIds.random(PREFIX));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
