package be.thorpark.ledger.query.jobs;

import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Jobs created, ended and net on a business date: per tenant, per quarter and in total, against the
 * targets.
 */
class JobsReport {

    static final long FIRST_PHASE_JOBS = 600;
    static final long TEN_YEAR_JOBS = 5_000;

    record Counts(long created, long ended, long net) {
        Counts plus(String change, long count) {
            return "CREATED".equals(change)
                    ? new Counts(created + count, ended, net + count)
                    : new Counts(created, ended + count, net - count);
        }
    }

    record TenantLine(String tenantId, String tenantName, long created, long ended, long net) {}

    record QuarterLine(String quarter, long created, long ended, long net, long cumulativeNet) {}

    record Target(String name, long jobs, String netPercent, boolean reached) {}

    record Report(
            String date,
            List<TenantLine> items,
            int page,
            int size,
            long total,
            Counts totals,
            List<QuarterLine> perQuarter,
            List<Target> targets,
            long position) {}

    private final ViewWriter views;

    JobsReport(ViewWriter views) {
        this.views = views;
    }

    Report report(PageRequest request, LocalDate date, long position) {
        List<TenantLine> tenants = new ArrayList<>();
        Map<String, Counts> quarters = new TreeMap<>();
        Counts totals = new Counts(0, 0, 0);
        for (Document stored :
                views.collection(JobsProjection.JOBS).find().sort(Sorts.ascending("_id"))) {
            JobsDocument doc = JobsCodec.decode(stored);
            Counts counts = new Counts(0, 0, 0);
            for (JobsDocument.Registration registration : doc.registrations()) {
                if (!registration.countsOn(date)) {
                    continue;
                }
                String change = registration.change();
                long count = registration.count();
                counts = counts.plus(change, count);
                quarters.merge(
                        quarter(registration.effectiveDate()),
                        new Counts(0, 0, 0).plus(change, count),
                        (a, b) ->
                                new Counts(
                                        a.created() + b.created(),
                                        a.ended() + b.ended(),
                                        a.net() + b.net()));
            }
            totals =
                    new Counts(
                            totals.created() + counts.created(),
                            totals.ended() + counts.ended(),
                            totals.net() + counts.net());
            tenants.add(
                    new TenantLine(
                            doc.id(),
                            doc.tenantName(),
                            counts.created(),
                            counts.ended(),
                            counts.net()));
        }
        List<QuarterLine> perQuarter = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<String, Counts> q : quarters.entrySet()) {
            cumulative += q.getValue().net();
            perQuarter.add(
                    new QuarterLine(
                            q.getKey(),
                            q.getValue().created(),
                            q.getValue().ended(),
                            q.getValue().net(),
                            cumulative));
        }
        List<Target> targets =
                List.of(
                        target("FIRST_PHASE", FIRST_PHASE_JOBS, totals.net()),
                        target("THOR_PARK_TEN_YEARS", TEN_YEAR_JOBS, totals.net()));
        return new Report(
                date.toString(),
                request.slice(tenants),
                request.page(),
                request.size(),
                tenants.size(),
                totals,
                perQuarter,
                targets,
                position);
    }

    static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static Target target(String name, long jobs, long net) {
        return new Target(
                name,
                jobs,
                DocValues.percent(BigDecimal.valueOf(net), BigDecimal.valueOf(jobs)),
                net >= jobs);
    }
}
