package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a funding programme. */
public record ProgrammeId(String value) {

    public static final String PREFIX = "programme-";

    public ProgrammeId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    public static ProgrammeId random() {
        return new ProgrammeId(EntityIds.random(PREFIX));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
