package be.thorpark.ledger.query.space;

import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitSpaceAllocated;
import be.thorpark.ledger.events.space.UnitSpaceReallocated;
import be.thorpark.ledger.events.space.UnitSpaceReleased;
import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DeclaredProjection;
import com.mongodb.client.model.IndexModel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Units and occupancy: {@code units} (one document per unit) and {@code unit_leases} (one document
 * per lease with its terms over time). Leased area on a date is computed when asked, from the lease
 * terms; the unit's own space events state the same allocations again and only count towards the
 * unit's version. A unit keeps the ids of its leases ({@code leaseIds}).
 */
@Component
public class SpaceProjection extends DeclaredProjection {

    public static final String NAME = "units";
    public static final String UNITS = "units";
    public static final String UNIT_LEASES = "unit_leases";

    public SpaceProjection() {
        update(UnitRegistered.class, UNITS, e -> e.unitId().value(), UnitCodec::registered);
        // The unit lists its leases so that one unit is read by exact keys alone.
        update(UnitSpaceAllocated.class, UNITS, e -> e.unitId().value(), UnitCodec::allocated);
        on(
                UnitSpaceReallocated.class,
                (e, t) -> t.apply(UNITS, t.event().aggregateId(), UnitCodec.version(t.event())));
        on(
                UnitSpaceReleased.class,
                (e, t) -> t.apply(UNITS, t.event().aggregateId(), UnitCodec.version(t.event())));
        include(LeaseTimeline.keptIn(UNIT_LEASES));
    }

    @Override
    public List<String> collections() {
        return List.of(UNITS, UNIT_LEASES);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(UNITS, UnitCodec.indexes(), UNIT_LEASES, LeaseCodec.unitIndexes());
    }
}
