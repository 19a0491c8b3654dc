package be.thorpark.ledger.query.indicators;

import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.ViewWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.bson.Document;

/**
 * The campus's monitoring indicators on a business date, each with the ERDF 2014-2020 common
 * indicator it serves and its lineage: the positions of every event the figure is made of, in
 * order.
 *
 * <ul>
 *   <li>enterprises hosted (CO01, CO04): distinct enterprise numbers with a lease in force on the
 *       date, by profile;
 *   <li>new enterprises (CO05): those among them registered as start-ups;
 *   <li>net jobs and FTE (CO08): jobs created minus ended up to the date, in the enterprises hosted
 *       on the date (a registration without FTE counts one FTE per job);
 *   <li>floor area delivered (CO39) and leased, in m2.
 * </ul>
 */
public class Indicators {

    public static final BigDecimal AREA_FIRST_PHASE = new BigDecimal("8000");
    public static final BigDecimal AREA_GOAL = new BigDecimal("30000");
    public static final int JOBS_FIRST_PHASE = 600;
    public static final int JOBS_THOR_PARK = 5000;

    public record Figure(
            String indicator,
            String label,
            String unit,
            String value,
            Map<String, String> targets,
            List<Long> lineage) {}

    public record Answer(
            String date,
            Map<String, Long> enterprisesByProfile,
            List<Figure> figures,
            long position) {}

    private final ViewWriter views;

    public Indicators(ViewWriter views) {
        this.views = views;
    }

    public Answer on(LocalDate date, long position) {
        Map<String, IndicatorTenantDocument> tenants =
                all(
                        IndicatorsProjection.TENANTS,
                        IndicatorsCodec::tenant,
                        IndicatorTenantDocument::id);
        Map<String, IndicatorUnitDocument> units =
                all(IndicatorsProjection.UNITS, IndicatorsCodec::unit, IndicatorUnitDocument::id);
        Map<String, LeaseDocument> leases =
                all(IndicatorsProjection.LEASES, LeaseCodec::decode, LeaseDocument::id);
        Map<String, IndicatorJobsDocument> jobs =
                all(IndicatorsProjection.JOBS, IndicatorsCodec::jobs, IndicatorJobsDocument::id);

        TreeSet<Long> hostedLineage = new TreeSet<>();
        TreeSet<Long> leasedLineage = new TreeSet<>();
        Map<String, String> hostedProfiles = new TreeMap<>();
        Map<String, List<String>> tenantsByEnterprise = new HashMap<>();
        BigDecimal leased = BigDecimal.ZERO;
        for (LeaseDocument lease : leases.values()) {
            Optional<LeaseTimeline.Terms> terms = lease.activeOn(date);
            if (terms.isEmpty()) {
                continue;
            }
            leased = leased.add(terms.get().area());
            List<Long> positions = lease.lineage();
            leasedLineage.addAll(positions);
            IndicatorTenantDocument tenant = tenants.get(lease.tenantId());
            if (tenant != null) {
                String enterprise = tenant.enterprise();
                hostedProfiles.put(enterprise, tenant.profile());
                tenantsByEnterprise
                        .computeIfAbsent(enterprise, k -> new ArrayList<>())
                        .add(tenant.id());
                hostedLineage.addAll(positions);
                hostedLineage.add(tenant.registeredPosition());
            }
        }

        Map<String, Long> byProfile = new LinkedHashMap<>();
        hostedProfiles.values().stream().sorted().forEach(p -> byProfile.merge(p, 1L, Long::sum));
        long startUps = hostedProfiles.values().stream().filter("START_UP"::equals).count();
        TreeSet<Long> startUpLineage = new TreeSet<>();
        for (Map.Entry<String, String> e : hostedProfiles.entrySet()) {
            if ("START_UP".equals(e.getValue())) {
                for (String tenantId : tenantsByEnterprise.get(e.getKey())) {
                    startUpLineage.add(tenants.get(tenantId).registeredPosition());
                }
            }
        }

        long netJobs = 0;
        BigDecimal netFte = BigDecimal.ZERO;
        TreeSet<Long> jobsLineage = new TreeSet<>();
        for (List<String> tenantIds : tenantsByEnterprise.values()) {
            for (String tenantId : tenantIds) {
                IndicatorJobsDocument registrations = jobs.get(tenantId);
                if (registrations == null) {
                    continue;
                }
                for (IndicatorJobsDocument.Registration r : registrations.registrations()) {
                    if (r.effectiveDate().isAfter(date)) {
                        continue;
                    }
                    int sign = r.ended() ? -1 : 1;
                    BigDecimal fte = r.fteOrCount();
                    netJobs += (long) sign * r.count();
                    netFte = netFte.add(sign < 0 ? fte.negate() : fte);
                    jobsLineage.add(r.position());
                }
            }
        }

        BigDecimal delivered = BigDecimal.ZERO;
        TreeSet<Long> deliveredLineage = new TreeSet<>();
        for (IndicatorUnitDocument unit : units.values()) {
            if (unit.deliveredOn(date)) {
                delivered = delivered.add(unit.area());
                deliveredLineage.add(unit.registeredPosition());
            }
        }

        Map<String, String> areaTargets =
                Map.of(
                        "firstPhase",
                        AREA_FIRST_PHASE.toPlainString(),
                        "goal",
                        AREA_GOAL.toPlainString());
        Map<String, String> jobTargets =
                Map.of(
                        "firstPhase",
                        Integer.toString(JOBS_FIRST_PHASE),
                        "thorParkTenYears",
                        Integer.toString(JOBS_THOR_PARK));
        List<Figure> figures =
                List.of(
                        new Figure(
                                "CO01",
                                "Enterprises hosted (receiving support)",
                                "enterprises",
                                Long.toString(hostedProfiles.size()),
                                Map.of(),
                                List.copyOf(hostedLineage)),
                        new Figure(
                                "CO04",
                                "Enterprises receiving non-financial support (campus services)",
                                "enterprises",
                                Long.toString(hostedProfiles.size()),
                                Map.of(),
                                List.copyOf(hostedLineage)),
                        new Figure(
                                "CO05",
                                "New enterprises supported (start-ups hosted)",
                                "enterprises",
                                Long.toString(startUps),
                                Map.of(),
                                List.copyOf(startUpLineage)),
                        new Figure(
                                "JOBS",
                                "Net jobs in hosted enterprises",
                                "jobs",
                                Long.toString(netJobs),
                                jobTargets,
                                List.copyOf(jobsLineage)),
                        new Figure(
                                "CO08",
                                "Employment increase in supported enterprises",
                                "full-time equivalents",
                                netFte.setScale(2).toPlainString(),
                                jobTargets,
                                List.copyOf(jobsLineage)),
                        new Figure(
                                "CO39",
                                "Floor area delivered",
                                "m2",
                                delivered.setScale(2).toPlainString(),
                                areaTargets,
                                List.copyOf(deliveredLineage)),
                        new Figure(
                                "LEASED",
                                "Floor area leased",
                                "m2",
                                leased.setScale(2).toPlainString(),
                                areaTargets,
                                List.copyOf(leasedLineage)));
        return new Answer(date.toString(), byProfile, figures, position);
    }

    /**
     * Every document of {@code collection}: each is a fact an indicator may count, so the answer
     * reads them all, in one pass.
     */
    private <T> Map<String, T> all(
            String collection, Function<Document, T> decode, Function<T, String> id) {
        Map<String, T> found = new HashMap<>();
        views.collection(collection)
                .find()
                .map(decode::apply)
                .forEach(d -> found.put(id.apply(d), d));
        return found;
    }
}
