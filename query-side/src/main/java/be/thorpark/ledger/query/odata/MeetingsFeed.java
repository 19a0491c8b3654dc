package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;
import static be.thorpark.ledger.query.odata.FeedProperty.texts;

import be.thorpark.ledger.query.funding.FundingCodec;
import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.funding.MeetingDocument;
import java.util.List;
import java.util.Map;

/**
 * Steering-committee meetings of VLAIO and the promoter; the key is {@code
 * <programmeId>/<meetingId>}.
 */
final class MeetingsFeed implements FeedSet {

    @Override
    public String name() {
        return "SteeringCommitteeMeetings";
    }

    @Override
    public String typeName() {
        return "SteeringCommitteeMeeting";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("ProgrammeId"),
                text("MeetingId"),
                date("Date"),
                texts("Participants"),
                texts("Decisions"),
                instant("RecordedAt"),
                int64("Position"));
    }

    @Override
    public String key() {
        return "Id";
    }

    @Override
    public String view() {
        return FundingProjection.NAME;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                context.source().collection(FundingProjection.MEETINGS),
                FundingCodec.RECORDED,
                docs ->
                        docs.stream()
                                .map(FundingCodec::meeting)
                                .map(MeetingsFeed::entity)
                                .toList());
    }

    private static Map<String, Object> entity(MeetingDocument meeting) {
        return FeedValues.entity(
                "Id", meeting.id(),
                "ProgrammeId", meeting.programmeId(),
                "MeetingId", meeting.meetingId(),
                "Date", meeting.date(),
                "Participants", meeting.participants(),
                "Decisions", meeting.decisions(),
                "RecordedAt", meeting.recordedAt(),
                "Position", meeting.position());
    }
}
