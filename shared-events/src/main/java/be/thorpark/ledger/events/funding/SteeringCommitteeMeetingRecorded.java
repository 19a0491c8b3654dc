package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A steering-committee meeting (the Management Authority and the promoter) was recorded. */
@Revision("1")
public record SteeringCommitteeMeetingRecorded(
        ProgrammeId programmeId,
        MeetingId meetingId,
        LocalDate date,
        java.util.List<String> participants,
        java.util.List<String> decisions) {}
