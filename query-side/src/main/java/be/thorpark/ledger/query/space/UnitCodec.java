package be.thorpark.ledger.query.space;

import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitSpaceAllocated;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place a {@link UnitDocument} meets BSON: the update of each unit event and the decoding
 * of a stored unit, and the filter its readers (this package's, the OData feed) query by.
 */
public final class UnitCodec {

    private static final String UNIT_ID = "unitId";

    /** Units whose registration has reached the view. */
    public static final Bson REGISTERED = Filters.exists(UNIT_ID);

    private UnitCodec() {}

    static Bson registered(UnitRegistered e, ViewEvent event) {
        return Updates.combine(
                Updates.set(UNIT_ID, e.unitId().value()),
                Updates.set("building", e.building()),
                Updates.set("code", e.code()),
                Updates.set("type", e.type() == null ? null : e.type().name()),
                Updates.set("area", DocValues.decimal(e.area())),
                Updates.set("availableFrom", DocValues.date(e.availableFrom())),
                Updates.set("registeredAt", event.recordedAt()),
                version(event));
    }

    static Bson allocated(UnitSpaceAllocated e, ViewEvent event) {
        return Updates.combine(Updates.addToSet("leaseIds", e.leaseId().value()), version(event));
    }

    /**
     * The unit's version, the number of its events ({@code ETag}): its space events state every
     * lease's allocation again, and are counted here only.
     */
    static Bson version(ViewEvent event) {
        return Updates.max("version", event.sequence() + 1);
    }

    /** The units' indexes: by type, by building and code. */
    static List<IndexModel> indexes() {
        return List.of(
                new IndexModel(Indexes.ascending("type")),
                new IndexModel(Indexes.ascending("building", "code")));
    }

    public static UnitDocument decode(Document unit) {
        Object registeredAt = unit.get("registeredAt");
        return new UnitDocument(
                unit.getString("_id"),
                unit.getString(UNIT_ID),
                unit.getString("building"),
                unit.getString("code"),
                unit.getString("type"),
                DocValues.decimal(unit, "area"),
                DocValues.date(unit, "availableFrom"),
                registeredAt instanceof Date date ? date.toInstant() : (Instant) null,
                unit.getList("leaseIds", String.class, List.of()),
                DocValues.longValue(unit, "version"),
                DocValues.longValue(unit, "position"));
    }
}
