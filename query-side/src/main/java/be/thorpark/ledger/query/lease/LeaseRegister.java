package be.thorpark.ledger.query.lease;

import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewPage;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reads the lease register and the rent roll for a business date. */
class LeaseRegister {

    record LeaseLine(
            String id,
            String tenantId,
            String unitId,
            String startDate,
            String endDate,
            String lastDay,
            String status,
            String area,
            String monthlyRent,
            int amendments,
            long position) {}

    record Terms(String area, String monthlyRent, String startDate, String endDate) {}

    record Amendment(
            int number,
            String effectiveDate,
            String area,
            String monthlyRent,
            String endDate,
            String recordedAt,
            long position) {}

    record Termination(String lastDay, String recordedAt) {}

    record LeaseDetail(
            String id,
            String tenantId,
            String unitId,
            String date,
            String status,
            String area,
            String monthlyRent,
            String endDate,
            Terms signed,
            String signedAt,
            List<Amendment> amendments,
            Termination termination,
            long version,
            long position) {}

    record RentLine(
            String leaseId, String tenantId, String unitId, String area, String monthlyRent) {}

    record RentRoll(
            String date,
            List<RentLine> items,
            int page,
            int size,
            long total,
            String totalMonthlyRent,
            String totalArea,
            long position) {}

    private final ViewWriter views;

    LeaseRegister(ViewWriter views) {
        this.views = views;
    }

    ViewPage<LeaseLine> list(
            PageRequest request, LocalDate date, String tenantId, String unitId, long position) {
        List<Bson> filters = new ArrayList<>(List.of(LeaseCodec.SIGNED));
        if (tenantId != null) {
            filters.add(LeaseCodec.ofTenant(tenantId));
        }
        if (unitId != null) {
            filters.add(LeaseCodec.ofUnit(unitId));
        }
        Bson filter = Filters.and(filters);
        long total = views.collection(LeaseProjection.LEASES).countDocuments(filter);
        List<LeaseLine> items = new ArrayList<>();
        for (Document lease :
                views.collection(LeaseProjection.LEASES)
                        .find(filter)
                        .sort(Sorts.ascending("_id"))
                        .skip(request.skip())
                        .limit(request.size())) {
            items.add(line(LeaseCodec.decode(lease), date));
        }
        return new ViewPage<>(items, request.page(), request.size(), total, position);
    }

    Optional<LeaseDetail> one(String id, LocalDate date) {
        Document stored =
                views.collection(LeaseProjection.LEASES).find(Filters.eq("_id", id)).first();
        LeaseDocument lease = stored == null ? null : LeaseCodec.decode(stored);
        if (lease == null || !lease.signed()) {
            return Optional.empty();
        }
        LeaseLine line = line(lease, date);
        List<Amendment> amendments =
                lease.amendmentsInOrder().stream()
                        .map(
                                a ->
                                        new Amendment(
                                                a.number(),
                                                DocValues.date(a.effectiveDate()),
                                                DocValues.text(a.area()),
                                                DocValues.text(a.monthlyRent()),
                                                DocValues.date(a.endDate()),
                                                text(a.recordedAt()),
                                                a.position()))
                        .toList();
        Termination termination =
                lease.lastDay() == null
                        ? null
                        : new Termination(
                                DocValues.date(lease.lastDay()), text(lease.terminatedAt()));
        return Optional.of(
                new LeaseDetail(
                        line.id(),
                        line.tenantId(),
                        line.unitId(),
                        date.toString(),
                        line.status(),
                        line.area(),
                        line.monthlyRent(),
                        line.endDate(),
                        new Terms(
                                DocValues.text(lease.area()),
                                DocValues.text(lease.monthlyRent()),
                                DocValues.date(lease.startDate()),
                                DocValues.date(lease.endDate())),
                        text(lease.signedAt()),
                        amendments,
                        termination,
                        lease.version(),
                        line.position()));
    }

    /**
     * Every lease running on {@code date} with its monthly rent then, by lease id; the totals cover
     * all pages.
     */
    RentRoll rentRoll(PageRequest request, LocalDate date, long position) {
        List<RentLine> all = new ArrayList<>();
        BigDecimal rent = BigDecimal.ZERO.setScale(2);
        BigDecimal area = BigDecimal.ZERO.setScale(2);
        for (Document stored :
                views.collection(LeaseProjection.LEASES)
                        .find(LeaseCodec.startedBy(date))
                        .sort(Sorts.ascending("_id"))) {
            LeaseDocument lease = LeaseCodec.decode(stored);
            Optional<LeaseTimeline.Terms> terms = lease.activeOn(date);
            if (terms.isPresent()) {
                all.add(
                        new RentLine(
                                lease.id(),
                                lease.tenantId(),
                                lease.unitId(),
                                DocValues.text(terms.get().area()),
                                DocValues.text(terms.get().monthlyRent())));
                rent = rent.add(terms.get().monthlyRent());
                area = area.add(terms.get().area());
            }
        }
        return new RentRoll(
                date.toString(),
                request.slice(all),
                request.page(),
                request.size(),
                all.size(),
                DocValues.text(rent),
                DocValues.text(area),
                position);
    }

    private static LeaseLine line(LeaseDocument lease, LocalDate date) {
        Optional<LeaseTimeline.Terms> terms = lease.termsInForce(date);
        return new LeaseLine(
                lease.id(),
                lease.tenantId(),
                lease.unitId(),
                DocValues.date(lease.startDate()),
                terms.map(t -> DocValues.date(t.endDate())).orElse(null),
                DocValues.date(lease.lastDay()),
                lease.status(date).name(),
                terms.map(t -> DocValues.text(t.area())).orElse(null),
                terms.map(t -> DocValues.text(t.monthlyRent())).orElse(null),
                lease.amendments().size(),
                lease.position());
    }

    private static String text(Instant value) {
        return value == null ? null : value.toString();
    }
}
