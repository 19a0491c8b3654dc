package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.jobs.JobsCodec;
import be.thorpark.ledger.query.jobs.JobsDocument;
import be.thorpark.ledger.query.jobs.JobsProjection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Jobs created, ended and net per tenant up to the business date, as the rows of {@code GET
 * /api/jobs}.
 */
final class JobsFeed implements FeedSet {

    @Override
    public String name() {
        return "JobsPerTenant";
    }

    @Override
    public String typeName() {
        return "TenantJobs";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("TenantId"),
                text("TenantName"),
                int64("Created"),
                int64("Ended"),
                int64("Net"));
    }

    @Override
    public String key() {
        return "TenantId";
    }

    @Override
    public String view() {
        return JobsProjection.NAME;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                context.source().collection(JobsProjection.JOBS),
                new Document(),
                docs ->
                        docs.stream()
                                .map(JobsCodec::decode)
                                .map(doc -> entity(doc, context.date()))
                                .toList());
    }

    private static Map<String, Object> entity(JobsDocument doc, LocalDate date) {
        long created = 0;
        long ended = 0;
        for (JobsDocument.Registration registration : doc.registrations()) {
            if (!registration.countsOn(date)) {
                continue;
            }
            if (registration.created()) {
                created += registration.count();
            } else {
                ended += registration.count();
            }
        }
        return FeedValues.entity(
                "TenantId",
                doc.id(),
                "TenantName",
                doc.tenantName(),
                "Created",
                created,
                "Ended",
                ended,
                "Net",
                created - ended);
    }
}
