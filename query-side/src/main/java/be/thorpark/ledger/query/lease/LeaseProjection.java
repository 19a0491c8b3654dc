package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.query.view.DeclaredProjection;
import com.mongodb.client.model.IndexModel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The lease register: collection {@code leases}, one document per lease with its terms over time.
 */
@Component
public class LeaseProjection extends DeclaredProjection {

    public static final String NAME = "leases";
    public static final String LEASES = "leases";

    public LeaseProjection() {
        include(LeaseTimeline.keptIn(LEASES));
    }

    @Override
    public List<String> collections() {
        return List.of(LEASES);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(LEASES, LeaseCodec.registerIndexes());
    }
}
