package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.space.SpaceProjection;
import be.thorpark.ledger.query.space.UnitCodec;
import be.thorpark.ledger.query.space.UnitDocument;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.MongoCursor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Leased and free area per unit type on the business date, and a last row {@code TOTAL}, as the CSV
 * of {@code GET /api/occupancy}. The units are read in batches and summed as they pass, so only one
 * sum per type is kept.
 */
final class OccupancyByTypeFeed implements FeedSet {

    static final String TOTAL = "TOTAL";

    private static final class Sum {
        int units;
        BigDecimal area = BigDecimal.ZERO.setScale(2);
        BigDecimal leased = BigDecimal.ZERO.setScale(2);
        BigDecimal planned = BigDecimal.ZERO.setScale(2);

        void add(UnitsFeed.UnitState state) {
            if (state.available()) {
                units++;
                area = area.add(state.area());
                leased = leased.add(state.leased());
            } else {
                planned = planned.add(state.area());
            }
        }
    }

    @Override
    public String name() {
        return "OccupancyByType";
    }

    @Override
    public String typeName() {
        return "OccupancyLine";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Type"),
                int32("Units"),
                decimal("Area"),
                decimal("LeasedArea"),
                decimal("FreeArea"),
                decimal("OccupancyRate"),
                decimal("PlannedArea"));
    }

    @Override
    public String key() {
        return "Type";
    }

    @Override
    public String view() {
        return SpaceProjection.NAME;
    }

    @Override
    public boolean scansInKeyOrder() {
        // The total comes last, as on the REST answer, whatever its name sorts like.
        return false;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return cursor -> {
            Map<String, Sum> byType = new TreeMap<>();
            Sum total = new Sum();
            List<UnitDocument> batch = new ArrayList<>(DocumentRows.BATCH);
            try (MongoCursor<Document> units =
                    UnitsFeed.units(context)
                            .find(UnitCodec.REGISTERED)
                            .batchSize(DocumentRows.BATCH)
                            .iterator()) {
                while (units.hasNext()) {
                    batch.add(UnitCodec.decode(units.next()));
                    if (batch.size() == DocumentRows.BATCH || !units.hasNext()) {
                        for (UnitsFeed.UnitState state : UnitsFeed.states(context, batch)) {
                            byType.computeIfAbsent(
                                            String.valueOf(state.unit().type()), k -> new Sum())
                                    .add(state);
                            total.add(state);
                        }
                        batch.clear();
                    }
                }
            }
            List<FeedRow> rows = new ArrayList<>();
            byType.forEach((type, sum) -> rows.add(new FeedRow(entity(type, sum), type)));
            rows.add(new FeedRow(entity(TOTAL, total), "\uFFFF" + TOTAL));
            return rows.stream().filter(r -> cursor == null || r.cursor().compareTo(cursor) > 0);
        };
    }

    private static Map<String, Object> entity(String type, Sum sum) {
        return FeedValues.entity(
                "Type", type,
                "Units", sum.units,
                "Area", sum.area,
                "LeasedArea", sum.leased,
                "FreeArea", sum.area.subtract(sum.leased).max(BigDecimal.ZERO).setScale(2),
                "OccupancyRate", new BigDecimal(DocValues.percent(sum.leased, sum.area)),
                "PlannedArea", sum.planned);
    }
}
