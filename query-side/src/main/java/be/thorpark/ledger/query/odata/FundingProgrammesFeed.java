package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The funding programmes with their totals over every source, as {@code GET
 * /api/funding-programmes}.
 */
final class FundingProgrammesFeed implements FeedSet {

    static final String SOURCES = "Sources";

    @Override
    public String name() {
        return "FundingProgrammes";
    }

    @Override
    public String typeName() {
        return "FundingProgramme";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("Name"),
                instant("OpenedAt"),
                decimal("Committed"),
                decimal("Requested"),
                decimal("Paid"),
                decimal("Remaining"),
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
    public List<FeedNavigation> navigations() {
        return List.of(new FeedNavigation(SOURCES, FundingSourcesFeed.NAME));
    }

    @Override
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                context.source().collection(FundingProjection.PROGRAMMES),
                Filters.exists("programmeId"),
                docs -> {
                    Map<String, List<Document>> disbursements =
                            FundingSums.disbursements(context, docs);
                    return docs.stream()
                            .map(
                                    p ->
                                            entity(
                                                    p,
                                                    FundingSums.sources(
                                                            p,
                                                            disbursements.getOrDefault(
                                                                    p.getString("_id"),
                                                                    List.of()))))
                            .toList();
                });
    }

    @Override
    public RowSource related(String navigation, FeedContext context, String key) {
        return FundingSourcesFeed.rows(
                context, Filters.and(Filters.exists("programmeId"), Filters.eq("_id", key)));
    }

    private static Map<String, Object> entity(
            Document programme, List<FundingSums.SourceSum> sources) {
        BigDecimal committed = FundingSums.zero();
        BigDecimal requested = FundingSums.zero();
        BigDecimal paid = FundingSums.zero();
        for (FundingSums.SourceSum s : sources) {
            committed = committed.add(s.committed());
            requested = requested.add(s.requested());
            paid = paid.add(s.paid());
        }
        return FeedValues.entity(
                "Id", programme.getString("_id"),
                "Name", programme.getString("name"),
                "OpenedAt", FeedValues.instant(programme, "openedAt"),
                "Committed", committed,
                "Requested", requested,
                "Paid", paid,
                "Remaining", committed.subtract(requested).subtract(paid),
                "Position", DocValues.longValue(programme, "position"));
    }
}
