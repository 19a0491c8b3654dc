package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingCodec;
import be.thorpark.ledger.query.funding.FundingProgrammeDocument;
import be.thorpark.ledger.query.funding.FundingProjection;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
                FundingCodec.OPENED,
                docs -> {
                    List<List<FundingProgrammeDocument.SourceSum>> sums =
                            FundingSums.sources(context, docs);
                    return IntStream.range(0, docs.size())
                            .mapToObj(i -> entity(FundingCodec.programme(docs.get(i)), sums.get(i)))
                            .toList();
                });
    }

    @Override
    public RowSource related(String navigation, FeedContext context, String key) {
        return FundingSourcesFeed.rows(
                context, Filters.and(FundingCodec.OPENED, Filters.eq("_id", key)));
    }

    private static Map<String, Object> entity(
            FundingProgrammeDocument programme, List<FundingProgrammeDocument.SourceSum> sources) {
        BigDecimal committed = FundingProgrammeDocument.zero();
        BigDecimal requested = FundingProgrammeDocument.zero();
        BigDecimal paid = FundingProgrammeDocument.zero();
        for (FundingProgrammeDocument.SourceSum s : sources) {
            committed = committed.add(s.committed());
            requested = requested.add(s.requested());
            paid = paid.add(s.paid());
        }
        return FeedValues.entity(
                "Id", programme.id(),
                "Name", programme.name(),
                "OpenedAt", programme.openedAt(),
                "Committed", committed,
                "Requested", requested,
                "Paid", paid,
                "Remaining", committed.subtract(requested).subtract(paid),
                "Position", programme.position());
    }
}
