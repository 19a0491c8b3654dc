package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingCodec;
import be.thorpark.ledger.query.funding.FundingProgrammeDocument;
import be.thorpark.ledger.query.funding.FundingProjection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
        return rows(context, FundingCodec.OPENED);
    }

    static RowSource rows(FeedContext context, Bson programmes) {
        return new DocumentRows(
                context.source().collection(FundingProjection.PROGRAMMES),
                programmes,
                docs -> {
                    List<List<FundingProgrammeDocument.SourceSum>> sums =
                            FundingSums.sources(context, docs);
                    return IntStream.range(0, docs.size())
                            .mapToObj(
                                    i -> {
                                        String programmeId =
                                                FundingCodec.programme(docs.get(i)).id();
                                        return sums.get(i).stream()
                                                .map(s -> entity(programmeId, s))
                                                .toList();
                                    })
                            .toList();
                });
    }

    private static Map<String, Object> entity(
            String programmeId, FundingProgrammeDocument.SourceSum s) {
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
