package be.thorpark.ledger.query.space;

import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Leased and free area on a business date, per unit, per unit type and in total, against the campus
 * targets. Only units available on the date count towards area; units still to come are reported as
 * planned area.
 */
class Occupancy {

    static final BigDecimal FIRST_PHASE_M2 = new BigDecimal("8000.00");
    static final BigDecimal GOAL_M2 = new BigDecimal("30000.00");
    static final String TOTAL = "TOTAL";

    record UnitLine(
            String id,
            String building,
            String code,
            String type,
            String area,
            String availableFrom,
            boolean available,
            int activeLeases,
            String leasedArea,
            String freeArea,
            String occupancyRate,
            long position) {}

    record LeaseOnDate(String leaseId, String tenantId, String area, String endDate) {}

    record UnitDetail(
            String id,
            String building,
            String code,
            String type,
            String area,
            String availableFrom,
            String date,
            boolean available,
            int activeLeases,
            String leasedArea,
            String freeArea,
            String occupancyRate,
            List<LeaseOnDate> leases,
            long version,
            long position) {}

    record AreaLine(
            String type,
            int units,
            String area,
            String leasedArea,
            String freeArea,
            String occupancyRate,
            String plannedArea) {}

    record Target(
            String name,
            String targetArea,
            String areaPercent,
            String leasedPercent,
            boolean reached) {}

    record Report(
            String date,
            List<AreaLine> byType,
            AreaLine total,
            List<Target> targets,
            long position) {}

    private record UnitState(
            UnitDocument unit, boolean available, BigDecimal area, BigDecimal leased, int leases) {}

    private final ViewWriter views;

    Occupancy(ViewWriter views) {
        this.views = views;
    }

    List<UnitLine> units(LocalDate date) {
        return states(date).stream()
                .map(
                        s ->
                                new UnitLine(
                                        s.unit().id(),
                                        s.unit().building(),
                                        s.unit().code(),
                                        s.unit().type(),
                                        DocValues.text(s.area()),
                                        DocValues.date(s.unit().availableFrom()),
                                        s.available(),
                                        s.leases(),
                                        DocValues.text(s.leased()),
                                        DocValues.text(
                                                s.area().subtract(s.leased()).max(BigDecimal.ZERO)),
                                        DocValues.percent(s.leased(), s.area()),
                                        s.unit().position()))
                .toList();
    }

    /** One unit on a date, read by exact keys: the unit, then its leases by the ids it lists. */
    Optional<UnitDetail> unit(String id, LocalDate date) {
        Document stored =
                views.collection(SpaceProjection.UNITS).find(Filters.eq("_id", id)).first();
        UnitDocument unit = stored == null ? null : UnitCodec.decode(stored);
        if (unit == null || !unit.registered()) {
            return Optional.empty();
        }
        List<String> leaseIds = unit.leaseIds();
        List<LeaseDocument> leases =
                leaseIds.isEmpty()
                        ? List.of()
                        : views.collection(SpaceProjection.UNIT_LEASES)
                                .find(Filters.in("_id", leaseIds))
                                .sort(Sorts.ascending("_id"))
                                .map(LeaseCodec::decode)
                                .into(new ArrayList<>());
        UnitState state = state(unit, leases, date);
        List<LeaseOnDate> running = new ArrayList<>();
        for (LeaseDocument lease : leases) {
            lease.activeOn(date)
                    .ifPresent(
                            terms ->
                                    running.add(
                                            new LeaseOnDate(
                                                    lease.id(),
                                                    lease.tenantId(),
                                                    DocValues.text(terms.area()),
                                                    DocValues.date(terms.endDate()))));
        }
        return Optional.of(
                new UnitDetail(
                        id,
                        unit.building(),
                        unit.code(),
                        unit.type(),
                        DocValues.text(state.area()),
                        DocValues.date(unit.availableFrom()),
                        date.toString(),
                        state.available(),
                        state.leases(),
                        DocValues.text(state.leased()),
                        DocValues.text(state.area().subtract(state.leased()).max(BigDecimal.ZERO)),
                        DocValues.percent(state.leased(), state.area()),
                        running,
                        unit.version(),
                        unit.position()));
    }

    Report report(LocalDate date, long position) {
        Map<String, List<UnitState>> byType = new TreeMap<>();
        List<UnitState> all = states(date);
        for (UnitState state : all) {
            byType.computeIfAbsent(String.valueOf(state.unit().type()), k -> new ArrayList<>())
                    .add(state);
        }
        List<AreaLine> lines = new ArrayList<>();
        byType.forEach((type, states) -> lines.add(line(type, states)));
        AreaLine total = line(TOTAL, all);
        BigDecimal area = new BigDecimal(total.area());
        BigDecimal leased = new BigDecimal(total.leasedArea());
        List<Target> targets =
                List.of(
                        target("FIRST_PHASE", FIRST_PHASE_M2, area, leased),
                        target("GOAL", GOAL_M2, area, leased));
        return new Report(date.toString(), lines, total, targets, position);
    }

    private static Target target(
            String name, BigDecimal target, BigDecimal area, BigDecimal leased) {
        return new Target(
                name,
                DocValues.text(target),
                DocValues.percent(area, target),
                DocValues.percent(leased, target),
                area.compareTo(target) >= 0);
    }

    private static AreaLine line(String type, List<UnitState> states) {
        BigDecimal area = BigDecimal.ZERO.setScale(2);
        BigDecimal leased = BigDecimal.ZERO.setScale(2);
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        int units = 0;
        for (UnitState state : states) {
            if (state.available()) {
                units++;
                area = area.add(state.area());
                leased = leased.add(state.leased());
            } else {
                planned = planned.add(state.area());
            }
        }
        return new AreaLine(
                type,
                units,
                DocValues.text(area),
                DocValues.text(leased),
                DocValues.text(area.subtract(leased).max(BigDecimal.ZERO)),
                DocValues.percent(leased, area),
                DocValues.text(planned));
    }

    private List<UnitState> states(LocalDate date) {
        Map<String, List<LeaseDocument>> leasesByUnit = new HashMap<>();
        for (Document stored :
                views.collection(SpaceProjection.UNIT_LEASES).find(LeaseCodec.ON_A_UNIT)) {
            LeaseDocument lease = LeaseCodec.decode(stored);
            leasesByUnit.computeIfAbsent(lease.unitId(), k -> new ArrayList<>()).add(lease);
        }
        List<UnitState> states = new ArrayList<>();
        for (Document stored :
                views.collection(SpaceProjection.UNITS)
                        .find(UnitCodec.REGISTERED)
                        .sort(Sorts.ascending("_id"))) {
            UnitDocument unit = UnitCodec.decode(stored);
            states.add(state(unit, leasesByUnit.getOrDefault(unit.id(), List.of()), date));
        }
        return states;
    }

    private static UnitState state(UnitDocument unit, List<LeaseDocument> leases, LocalDate date) {
        boolean available = unit.availableOn(date);
        BigDecimal leased = BigDecimal.ZERO.setScale(2);
        int active = 0;
        for (LeaseDocument lease : leases) {
            Optional<LeaseTimeline.Terms> terms = lease.activeOn(date);
            if (terms.isPresent()) {
                leased = leased.add(terms.get().area());
                active++;
            }
        }
        return new UnitState(unit, available, unit.areaOrZero(), leased, active);
    }
}
