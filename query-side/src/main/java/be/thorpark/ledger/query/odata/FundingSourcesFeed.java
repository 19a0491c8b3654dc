package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingProjection;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Every source of every programme with committed, requested, paid and remaining, as {@code GET
 * /api/funding-programmes/{id}/sources}. The key is {@code <programmeId>/<code>}.
 */
final class FundingSourcesFeed implements FeedSet {

    static final String NAME = "FundingSources";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String typeName() {
        return "FundingSource";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("ProgrammeId"),
                text("Code"),
                text("Name"),
                decimal("Committed"),
                decimal("Requested"),
                decimal("Paid"),
                decimal("Remaining"));
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
    public boolean scansInKeyOrder() {
        // Per programme in the order the sources were committed, as the REST list gives them.
        return false;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return rows(context, Filters.exists("programmeId"));
    }

    static RowSource rows(FeedContext context, Bson programmes) {
        return new DocumentRows(
                context.source().collection(FundingProjection.PROGRAMMES),
                programmes,
                docs -> {
                    Map<String, List<Document>> disbursements =
                            FundingSums.disbursements(context, docs);
                    return docs.stream()
                            .map(
                                    p ->
                                            FundingSums.sources(
                                                            p,
                                                            disbursements.getOrDefault(
                                                                    p.getString("_id"), List.of()))
                                                    .stream()
                                                    .map(s -> entity(p.getString("_id"), s))
                                                    .toList())
                            .toList();
                });
    }

    private static Map<String, Object> entity(String programmeId, FundingSums.SourceSum s) {
        return FeedValues.entity(
                "Id", programmeId + "/" + s.code(),
                "ProgrammeId", programmeId,
                "Code", s.code(),
                "Name", s.name(),
                "Committed", s.committed(),
                "Requested", s.requested(),
                "Paid", s.paid(),
                "Remaining", s.remaining());
    }
}
