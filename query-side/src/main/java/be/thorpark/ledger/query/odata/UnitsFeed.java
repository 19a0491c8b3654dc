package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.bool;
import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.space.SpaceProjection;
import be.thorpark.ledger.query.space.UnitCodec;
import be.thorpark.ledger.query.space.UnitDocument;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/** Units with their leased and free area on the business date, as {@code GET /api/units}. */
final class UnitsFeed implements FeedSet {

    /**
     * A unit on a date: whether it counts towards area yet, its area, and the leases running then.
     */
    record UnitState(
            UnitDocument unit, boolean available, BigDecimal area, BigDecimal leased, int leases) {}

    @Override
    public String name() {
        return "Units";
    }

    @Override
    public String typeName() {
        return "Unit";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("Building"),
                text("Code"),
                text("Type"),
                decimal("Area"),
                date("AvailableFrom"),
                bool("Available"),
                int32("ActiveLeases"),
                decimal("LeasedArea"),
                decimal("FreeArea"),
                decimal("OccupancyRate"),
                int64("Position"));
    }

    @Override
    public String key() {
        return "Id";
    }

    @Override
    public String view() {
        return SpaceProjection.NAME;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                units(context),
                UnitCodec.REGISTERED,
                docs ->
                        states(context, docs.stream().map(UnitCodec::decode).toList()).stream()
                                .map(UnitsFeed::entity)
                                .toList());
    }

    static MongoCollection<Document> units(FeedContext context) {
        return context.source().collection(SpaceProjection.UNITS);
    }

    /** The units of one batch on the context's date; their leases are read in one query. */
    static List<UnitState> states(FeedContext context, List<UnitDocument> units) {
        Map<String, List<LeaseDocument>> leasesByUnit = new HashMap<>();
        List<String> ids = units.stream().map(UnitDocument::id).toList();
        if (!ids.isEmpty()) {
            for (Document stored :
                    context.source()
                            .collection(SpaceProjection.UNIT_LEASES)
                            .find(LeaseCodec.ofUnits(ids))) {
                LeaseDocument lease = LeaseCodec.decode(stored);
                leasesByUnit.computeIfAbsent(lease.unitId(), k -> new ArrayList<>()).add(lease);
            }
        }
        LocalDate date = context.date();
        List<UnitState> states = new ArrayList<>();
        for (UnitDocument unit : units) {
            BigDecimal leased = BigDecimal.ZERO.setScale(2);
            int active = 0;
            for (LeaseDocument lease : leasesByUnit.getOrDefault(unit.id(), List.of())) {
                Optional<LeaseTimeline.Terms> terms = lease.activeOn(date);
                if (terms.isPresent()) {
                    leased = leased.add(terms.get().area());
                    active++;
                }
            }
            states.add(
                    new UnitState(unit, unit.availableOn(date), unit.areaOrZero(), leased, active));
        }
        return states;
    }

    private static Map<String, Object> entity(UnitState s) {
        UnitDocument unit = s.unit();
        return FeedValues.entity(
                "Id", unit.id(),
                "Building", unit.building(),
                "Code", unit.code(),
                "Type", unit.type(),
                "Area", s.area(),
                "AvailableFrom", unit.availableFrom(),
                "Available", s.available(),
                "ActiveLeases", s.leases(),
                "LeasedArea", s.leased(),
                "FreeArea", s.area().subtract(s.leased()).max(BigDecimal.ZERO).setScale(2),
                "OccupancyRate", new BigDecimal(DocValues.percent(s.leased(), s.area())),
                "Position", unit.position());
    }
}
