package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a steering-committee meeting. */
public record MeetingId(String value) {

    public static final String PREFIX = "meeting-";

    public MeetingId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    public static MeetingId random() {
        return new MeetingId(EntityIds.random(PREFIX));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
