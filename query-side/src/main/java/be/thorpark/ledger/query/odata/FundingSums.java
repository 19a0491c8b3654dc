package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.query.funding.DisbursementDocument;
import be.thorpark.ledger.query.funding.FundingCodec;
import be.thorpark.ledger.query.funding.FundingProgrammeDocument;
import be.thorpark.ledger.query.funding.FundingProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Per source of a programme, as the REST funding overview computes them ({@link
 * FundingProgrammeDocument#sums}), with the disbursements of a whole batch of programmes read at
 * once.
 */
final class FundingSums {

    private FundingSums() {}

    /** The requested disbursements of a batch of programmes, read in one query. */
    static Map<String, List<DisbursementDocument>> disbursements(
            FeedContext context, List<FundingProgrammeDocument> programmes) {
        Map<String, List<DisbursementDocument>> byProgramme = new HashMap<>();
        List<String> ids = programmes.stream().map(FundingProgrammeDocument::id).toList();
        if (ids.isEmpty()) {
            return byProgramme;
        }
        for (Document stored :
                context.source()
                        .collection(FundingProjection.DISBURSEMENTS)
                        .find(FundingCodec.requestedOf(ids))) {
            DisbursementDocument d = FundingCodec.disbursement(stored);
            byProgramme.computeIfAbsent(d.programmeId(), k -> new ArrayList<>()).add(d);
        }
        return byProgramme;
    }

    /** Each programme of a batch with its sums per source, in the batch's order. */
    static List<List<FundingProgrammeDocument.SourceSum>> sources(
            FeedContext context, List<Document> batch) {
        List<FundingProgrammeDocument> programmes =
                batch.stream().map(FundingCodec::programme).toList();
        Map<String, List<DisbursementDocument>> disbursements = disbursements(context, programmes);
        return programmes.stream()
                .map(p -> p.sums(disbursements.getOrDefault(p.id(), List.of())))
                .toList();
    }
}
