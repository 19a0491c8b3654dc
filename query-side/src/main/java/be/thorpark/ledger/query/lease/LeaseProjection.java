package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;

import java.util.List;
import java.util.Map;

/** The lease register: collection {@code leases}, one document per lease with its terms over time. */
public class LeaseProjection implements Projection {

    public static final String NAME = "leases";
    public static final String LEASES = "leases";

    @Override
    public List<String> collections() {
        return List.of(LEASES);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ViewEvent event, ViewWriter target) {
        Object payload = event.payload();
        if (payload instanceof LeaseSigned e) {
            target.apply(LEASES, e.leaseId().value(), event, LeaseTimeline.signed(e, event));
        } else if (payload instanceof LeaseAmended e) {
            target.apply(LEASES, e.leaseId().value(), event, LeaseTimeline.amended(e, event));
        } else if (payload instanceof LeaseTerminated e) {
            target.apply(LEASES, e.leaseId().value(), event, LeaseTimeline.terminated(e, event));
        }
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(LEASES, List.of(new IndexModel(Indexes.ascending("tenantId")),
                new IndexModel(Indexes.ascending("unitId")),
                new IndexModel(Indexes.ascending("startDate"))));
    }
}
