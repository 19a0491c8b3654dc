package be.thorpark.ledger.query.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One steering-committee meeting as the funding view keeps it; {@link FundingCodec} maps it to and
 * from the stored document.
 */
public record MeetingDocument(
        String id,
        String programmeId,
        String meetingId,
        LocalDate date,
        List<String> participants,
        List<String> decisions,
        Instant recordedAt,
        long position) {

    public MeetingDocument {
        participants = Collections.unmodifiableList(new ArrayList<>(participants));
        decisions = Collections.unmodifiableList(new ArrayList<>(decisions));
    }
}
