package be.thorpark.ledger.query.jobs;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Jobs: {@code jobs}, one document per tenant with its name and every job registration as recorded
 * (change, count, category, effective date). Counts on a date, per quarter and in total are
 * computed when asked, so a registration with an earlier effective date, recorded late, counts from
 * its own date.
 */
@Component
public class JobsProjection extends DeclaredProjection {

    public static final String NAME = "jobs";
    public static final String JOBS = "jobs";

    public JobsProjection() {
        on(
                TenantRegistered.class,
                (e, t) ->
                        t.apply(
                                JOBS,
                                e.tenantId().value(),
                                Updates.combine(
                                        Updates.set("tenantId", e.tenantId().value()),
                                        Updates.set("tenantName", e.name()))));
        on(
                JobsRegistered.class,
                (e, t) ->
                        t.apply(
                                JOBS,
                                e.tenantId().value(),
                                Updates.combine(
                                        Updates.set("tenantId", e.tenantId().value()),
                                        Updates.push(
                                                "registrations",
                                                new Document()
                                                        .append("change", e.change().name())
                                                        .append("count", e.count())
                                                        .append("category", e.category())
                                                        .append(
                                                                "effectiveDate",
                                                                DocValues.date(e.effectiveDate()))
                                                        .append("position", t.event().position())
                                                        .append(
                                                                "recordedAt",
                                                                t.event().recordedAt())))));
    }

    @Override
    public List<String> collections() {
        return List.of(JOBS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(
                JOBS, List.of(new IndexModel(Indexes.ascending("registrations.effectiveDate"))));
    }
}
