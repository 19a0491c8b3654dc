package be.thorpark.ledger.query.jobs;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.List;
import java.util.Map;

/**
 * Jobs: {@code jobs}, one document per tenant with its name and every job registration as recorded (change, count,
 * category, effective date). Counts on a date, per quarter and in total are computed when asked, so a registration
 * with an earlier effective date, recorded late, counts from its own date.
 */
public class JobsProjection implements Projection {

    public static final String NAME = "jobs";
    public static final String JOBS = "jobs";

    @Override
    public List<String> collections() {
        return List.of(JOBS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ViewEvent event, ViewWriter target) {
        Object payload = event.payload();
        if (payload instanceof TenantRegistered e) {
            target.apply(JOBS, e.tenantId().value(), event, Updates.combine(
                    Updates.set("tenantId", e.tenantId().value()),
                    Updates.set("tenantName", e.name())));
        } else if (payload instanceof JobsRegistered e) {
            target.apply(JOBS, e.tenantId().value(), event, Updates.combine(
                    Updates.set("tenantId", e.tenantId().value()),
                    Updates.push("registrations", new Document()
                            .append("change", e.change().name())
                            .append("count", e.count())
                            .append("category", e.category())
                            .append("effectiveDate", DocValues.date(e.effectiveDate()))
                            .append("position", event.position())
                            .append("recordedAt", event.recordedAt()))));
        }
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(JOBS, List.of(new IndexModel(Indexes.ascending("registrations.effectiveDate"))));
    }
}
