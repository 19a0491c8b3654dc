package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.bool;
import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.space.SpaceProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
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
            Document unit, boolean available, BigDecimal area, BigDecimal leased, int leases) {}

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
                Filters.exists("unitId"),
                docs -> states(context, docs).stream().map(UnitsFeed::entity).toList());
    }

    static com.mongodb.client.MongoCollection<Document> units(FeedContext context) {
        return context.source().collection(SpaceProjection.UNITS);
    }

    /** The units of one batch on the context's date; their leases are read in one query. */
    static List<UnitState> states(FeedContext context, List<Document> units) {
        Map<String, List<Document>> leasesByUnit = new HashMap<>();
        List<String> ids = units.stream().map(u -> u.getString("_id")).toList();
        if (!ids.isEmpty()) {
            for (Document lease :
                    context.source()
                            .collection(SpaceProjection.UNIT_LEASES)
                            .find(Filters.in("unitId", ids))) {
                leasesByUnit
                        .computeIfAbsent(lease.getString("unitId"), k -> new ArrayList<>())
                        .add(lease);
            }
        }
        LocalDate date = context.date();
        List<UnitState> states = new ArrayList<>();
        for (Document unit : units) {
            LocalDate from = DocValues.date(unit, "availableFrom");
            boolean available = from == null || !date.isBefore(from);
            BigDecimal leased = BigDecimal.ZERO.setScale(2);
            int active = 0;
            for (Document lease : leasesByUnit.getOrDefault(unit.getString("_id"), List.of())) {
                Optional<LeaseTimeline.Terms> terms = LeaseTimeline.activeOn(lease, date);
                if (terms.isPresent()) {
                    leased = leased.add(terms.get().area());
                    active++;
                }
            }
            states.add(
                    new UnitState(
                            unit,
                            available,
                            DocValues.decimalOrZero(unit, "area"),
                            leased,
                            active));
        }
        return states;
    }

    private static Map<String, Object> entity(UnitState s) {
        Document unit = s.unit();
        return FeedValues.entity(
                "Id", unit.getString("_id"),
                "Building", unit.getString("building"),
                "Code", unit.getString("code"),
                "Type", unit.getString("type"),
                "Area", s.area(),
                "AvailableFrom", DocValues.date(unit, "availableFrom"),
                "Available", s.available(),
                "ActiveLeases", s.leases(),
                "LeasedArea", s.leased(),
                "FreeArea", s.area().subtract(s.leased()).max(BigDecimal.ZERO).setScale(2),
                "OccupancyRate", new BigDecimal(DocValues.percent(s.leased(), s.area())),
                "Position", DocValues.longValue(unit, "position"));
    }
}
