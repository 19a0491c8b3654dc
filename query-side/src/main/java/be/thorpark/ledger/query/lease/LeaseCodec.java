package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place a {@link LeaseDocument} meets BSON: the updates each lease event makes (idempotent
 * {@code $set}, {@code $push} and {@code $max}, applied once per event by the view writer) and the
 * decoding of a stored document, and the filters its readers (this package's, the units' and
 * tenants' views, the OData feed) query by. The field names are part of what the report pack reads.
 */
public final class LeaseCodec {

    private static final String START_DATE = "startDate";
    private static final String TENANT_ID = "tenantId";
    private static final String UNIT_ID = "unitId";
    private static final String AMENDMENTS = "amendments";

    /** Leases whose signing has reached the view. */
    public static final Bson SIGNED = Filters.exists(START_DATE);

    /** Signed leases with at least one amendment. */
    public static final Bson AMENDED = Filters.and(SIGNED, Filters.exists(AMENDMENTS));

    /** Leases that name their unit (signed or terminated). */
    public static final Bson ON_A_UNIT = Filters.exists(UNIT_ID);

    private LeaseCodec() {}

    /** Signed leases that started on or before {@code date}. */
    public static Bson startedBy(LocalDate date) {
        return Filters.and(SIGNED, Filters.lte(START_DATE, DocValues.date(date)));
    }

    /** The leases of any of {@code tenantIds}, signed or not yet. */
    public static Bson ofTenants(Collection<String> tenantIds) {
        return Filters.in(TENANT_ID, tenantIds);
    }

    /** The signed leases of one tenant. */
    public static Bson signedOfTenant(String tenantId) {
        return Filters.and(ofTenant(tenantId), SIGNED);
    }

    static Bson ofTenant(String tenantId) {
        return Filters.eq(TENANT_ID, tenantId);
    }

    static Bson ofUnit(String unitId) {
        return Filters.eq(UNIT_ID, unitId);
    }

    /** The leases of any of {@code unitIds}, signed or not yet. */
    public static Bson ofUnits(Collection<String> unitIds) {
        return Filters.in(UNIT_ID, unitIds);
    }

    public static Bson signed(LeaseSigned signed, ViewEvent event) {
        return Updates.combine(
                Updates.set("leaseId", signed.leaseId().value()),
                Updates.set(TENANT_ID, signed.tenantId().value()),
                Updates.set(UNIT_ID, signed.unitId().value()),
                Updates.set("area", DocValues.decimal(signed.area())),
                Updates.set("monthlyRent", DocValues.decimal(signed.monthlyRent())),
                Updates.set(START_DATE, DocValues.date(signed.startDate())),
                Updates.set("endDate", DocValues.date(signed.endDate())),
                Updates.set("signedAt", event.recordedAt()),
                version(event));
    }

    public static Bson amended(LeaseAmended amended, ViewEvent event) {
        return Updates.combine(
                Updates.set("leaseId", amended.leaseId().value()),
                Updates.push(
                        AMENDMENTS,
                        new Document("number", amended.amendmentNumber())
                                .append("effectiveDate", DocValues.date(amended.effectiveDate()))
                                .append("area", DocValues.decimal(amended.area()))
                                .append("monthlyRent", DocValues.decimal(amended.monthlyRent()))
                                .append("endDate", DocValues.date(amended.endDate()))
                                .append("position", event.position())
                                .append("recordedAt", event.recordedAt())),
                version(event));
    }

    public static Bson terminated(LeaseTerminated terminated, ViewEvent event) {
        return Updates.combine(
                Updates.set("leaseId", terminated.leaseId().value()),
                Updates.set(UNIT_ID, terminated.unitId().value()),
                Updates.set("lastDay", DocValues.date(terminated.lastDay())),
                Updates.set("terminatedAt", event.recordedAt()),
                version(event));
    }

    /** The lease register's indexes: by tenant, by unit, by start date. */
    static List<IndexModel> registerIndexes() {
        return List.of(
                new IndexModel(Indexes.ascending(TENANT_ID)),
                new IndexModel(Indexes.ascending(UNIT_ID)),
                new IndexModel(Indexes.ascending(START_DATE)));
    }

    /** For a view that finds leases by tenant ({@link #ofTenants}). */
    public static List<IndexModel> tenantIndexes() {
        return List.of(new IndexModel(Indexes.ascending(TENANT_ID)));
    }

    /** For a view that finds leases by unit ({@link #ofUnits}). */
    public static List<IndexModel> unitIndexes() {
        return List.of(new IndexModel(Indexes.ascending(UNIT_ID)));
    }

    /** The lease's version: the number of its events, as its {@code ETag} states it. */
    private static Bson version(ViewEvent event) {
        return Updates.max("version", event.sequence() + 1);
    }

    public static LeaseDocument decode(Document lease) {
        List<LeaseDocument.Amendment> amendments =
                DocValues.documents(lease, AMENDMENTS).stream().map(LeaseCodec::amendment).toList();
        List<Long> lineage =
                lease.getList("positions", Number.class, List.of()).stream()
                        .map(Number::longValue)
                        .toList();
        return new LeaseDocument(
                lease.getString("_id"),
                lease.getString(TENANT_ID),
                lease.getString(UNIT_ID),
                DocValues.decimal(lease, "area"),
                DocValues.decimal(lease, "monthlyRent"),
                DocValues.date(lease, START_DATE),
                DocValues.date(lease, "endDate"),
                instant(lease.get("signedAt")),
                amendments,
                DocValues.date(lease, "lastDay"),
                instant(lease.get("terminatedAt")),
                DocValues.longValue(lease, "version"),
                DocValues.longValue(lease, "position"),
                lineage);
    }

    private static LeaseDocument.Amendment amendment(Document a) {
        return new LeaseDocument.Amendment(
                a.getInteger("number", 0),
                DocValues.date(a, "effectiveDate"),
                DocValues.decimal(a, "area"),
                DocValues.decimal(a, "monthlyRent"),
                DocValues.date(a, "endDate"),
                DocValues.longValue(a, "position"),
                instant(a.get("recordedAt")));
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
