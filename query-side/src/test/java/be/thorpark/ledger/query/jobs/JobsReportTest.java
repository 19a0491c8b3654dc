package be.thorpark.ledger.query.jobs;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobsReportTest {

    static final TenantId A = TenantId.of("tenant-0403170701");
    static final TenantId B = TenantId.of("tenant-0202239951");
    static final String JOBS_OF_A = "jobs-" + A.value();

    private final InMemoryViews mongo = InMemoryViews.shared();

    /**
     * Jobs registered on their own entity, so they interleave freely with the tenants'
     * registrations.
     */
    static List<ViewEvent> history() {
        return List.of(
                event(
                        1,
                        A.value(),
                        0,
                        new TenantRegistered(
                                A,
                                "Mo-Thor Robotics",
                                null,
                                TenantProfile.START_UP,
                                "robotics",
                                null)),
                event(
                        2,
                        JOBS_OF_A,
                        0,
                        new JobsRegistered(
                                A,
                                JobChange.CREATED,
                                300,
                                "production",
                                LocalDate.of(2023, 5, 10))),
                event(
                        3,
                        B.value(),
                        0,
                        new TenantRegistered(
                                B,
                                "Flanders Parts",
                                null,
                                TenantProfile.ESTABLISHED,
                                "parts",
                                null)),
                event(
                        4,
                        "jobs-" + B.value(),
                        0,
                        new JobsRegistered(
                                B, JobChange.CREATED, 350, "logistics", LocalDate.of(2024, 2, 1))),
                // recorded late, effective before the first registration
                event(
                        5,
                        JOBS_OF_A,
                        1,
                        new JobsRegistered(
                                A,
                                JobChange.CREATED,
                                20,
                                "engineering",
                                LocalDate.of(2023, 1, 15))),
                event(
                        6,
                        JOBS_OF_A,
                        2,
                        new JobsRegistered(
                                A, JobChange.ENDED, 40, "production", LocalDate.of(2024, 3, 31))));
    }

    static void feed(ViewWriter target, List<ViewEvent> events) {
        JobsProjection projection = new JobsProjection();
        events.forEach(e -> projection.apply(e, target));
    }

    @Test
    void registrationsCountFromTheirEffectiveDateWhateverTheOrderRecorded() {
        ViewWriter target = mongo.freshTarget();
        feed(target, history());
        JobsReport jobs = new JobsReport(target);
        PageRequest all = PageRequest.of(0, 50);

        assertThat(jobs.report(all, LocalDate.of(2023, 1, 14), 6).totals())
                .isEqualTo(new JobsReport.Counts(0, 0, 0));
        assertThat(jobs.report(all, LocalDate.of(2023, 1, 15), 6).totals())
                .isEqualTo(new JobsReport.Counts(20, 0, 20));
        assertThat(jobs.report(all, LocalDate.of(2023, 12, 31), 6).totals())
                .isEqualTo(new JobsReport.Counts(320, 0, 320));
        JobsReport.Report spring2024 = jobs.report(all, LocalDate.of(2024, 3, 31), 6);
        assertThat(spring2024.totals()).isEqualTo(new JobsReport.Counts(670, 40, 630));
        assertThat(spring2024.items())
                .containsExactly(
                        new JobsReport.TenantLine(B.value(), "Flanders Parts", 350, 0, 350),
                        new JobsReport.TenantLine(A.value(), "Mo-Thor Robotics", 320, 40, 280));
    }

    @Test
    void quartersAndTargetsAreReportedForTheDate() {
        ViewWriter target = mongo.freshTarget();
        feed(target, history());

        JobsReport.Report report =
                new JobsReport(target).report(PageRequest.of(0, 50), LocalDate.of(2024, 3, 31), 6);

        assertThat(report.perQuarter())
                .containsExactly(
                        new JobsReport.QuarterLine("2023-Q1", 20, 0, 20, 20),
                        new JobsReport.QuarterLine("2023-Q2", 300, 0, 300, 320),
                        new JobsReport.QuarterLine("2024-Q1", 350, 40, 310, 630));
        assertThat(report.targets())
                .containsExactly(
                        new JobsReport.Target("FIRST_PHASE", 600, "105.00", true),
                        new JobsReport.Target("THOR_PARK_TEN_YEARS", 5000, "12.60", false));
    }

    @Test
    void interleavedSegmentsAndRepeatedDeliveryLeaveTheSameDocuments() {
        ViewWriter inOrder = mongo.freshTarget();
        feed(inOrder, history());
        ViewWriter other = mongo.freshTarget();
        List<ViewEvent> events = history();
        feed(
                other,
                List.of(
                        events.get(1),
                        events.get(4),
                        events.get(3),
                        events.get(0),
                        events.get(5),
                        events.get(2),
                        events.get(1),
                        events.get(0)));

        assertThat(InMemoryViews.contents(other, JobsProjection.JOBS))
                .isEqualTo(InMemoryViews.contents(inOrder, JobsProjection.JOBS));
    }
}
