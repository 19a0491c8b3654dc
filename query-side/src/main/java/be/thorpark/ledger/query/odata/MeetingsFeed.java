package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;
import static be.thorpark.ledger.query.odata.FeedProperty.texts;

import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Map;
import org.bson.Document;

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
                Filters.exists("meetingId"),
                docs -> docs.stream().map(MeetingsFeed::entity).toList());
    }

    private static Map<String, Object> entity(Document meeting) {
        return FeedValues.entity(
                "Id", meeting.getString("_id"),
                "ProgrammeId", meeting.getString("programmeId"),
                "MeetingId", meeting.getString("meetingId"),
                "Date", DocValues.date(meeting, "date"),
                "Participants", FeedValues.texts(meeting, "participants"),
                "Decisions", FeedValues.texts(meeting, "decisions"),
                "RecordedAt", FeedValues.instant(meeting, "recordedAt"),
                "Position", DocValues.longValue(meeting, "position"));
    }
}
