package be.thorpark.ledger.query.jobs;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.DeclaredProjection;
import com.mongodb.client.model.IndexModel;
import java.util.List;
import java.util.Map;
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
                (e, t) -> t.apply(JOBS, e.tenantId().value(), JobsCodec.tenant(e)));
        update(JobsRegistered.class, JOBS, e -> e.tenantId().value(), JobsCodec::registered);
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
        return Map.of(JOBS, JobsCodec.indexes());
    }
}
