package be.thorpark.ledger.query.indicators;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.Fte;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitType;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    static final UnitId HALL = UnitId.of("unit-b1-hall-a");
    static final UnitId LAB = UnitId.of("unit-b1-lab-1");
    static final TenantId STARTUP = TenantId.of("tenant-genk-additive");
    static final TenantId SCALEUP = TenantId.of("tenant-flanders-robotics");
    static final LeaseId STARTUP_LEASE = LeaseId.of("lease-additive-hall");
    static final LeaseId SCALEUP_LEASE = LeaseId.of("lease-robotics-lab");

    private final InMemoryViews mongo = InMemoryViews.shared();

    static List<ViewEvent> campus() {
        return List.of(
                event(
                        1,
                        HALL.value(),
                        0,
                        new UnitRegistered(
                                HALL,
                                "B1",
                                "HALL-A",
                                UnitType.PRODUCTION_HALL,
                                AreaM2.parse("3000.00"),
                                LocalDate.of(2022, 12, 15))),
                event(
                        2,
                        LAB.value(),
                        0,
                        new UnitRegistered(
                                LAB,
                                "B1",
                                "LAB-1",
                                UnitType.LAB,
                                AreaM2.parse("1500.00"),
                                LocalDate.of(2023, 6, 1))),
                event(
                        3,
                        STARTUP.value(),
                        0,
                        new TenantRegistered(
                                STARTUP,
                                "Genk Additive BV",
                                EnterpriseNumber.parse("0403.170.701"),
                                TenantProfile.START_UP,
                                "3D printing",
                                null)),
                event(
                        4,
                        SCALEUP.value(),
                        0,
                        new TenantRegistered(
                                SCALEUP,
                                "Flanders Robotics NV",
                                EnterpriseNumber.parse("0417.497.106"),
                                TenantProfile.SCALE_UP,
                                "robotics",
                                null)),
                event(
                        5,
                        STARTUP_LEASE.value(),
                        0,
                        new LeaseSigned(
                                STARTUP_LEASE,
                                STARTUP,
                                HALL,
                                AreaM2.parse("1200.00"),
                                LocalDate.of(2023, 1, 9),
                                LocalDate.of(2030, 8, 31),
                                Money.parse("9600.00"))),
                event(
                        6,
                        SCALEUP_LEASE.value(),
                        0,
                        new LeaseSigned(
                                SCALEUP_LEASE,
                                SCALEUP,
                                LAB,
                                AreaM2.parse("1500.00"),
                                LocalDate.of(2023, 6, 1),
                                LocalDate.of(2028, 5, 31),
                                Money.parse("15000.00"))),
                event(
                        7,
                        STARTUP.value(),
                        1,
                        new JobsRegistered(
                                STARTUP,
                                JobChange.CREATED,
                                24,
                                "production",
                                LocalDate.of(2023, 2, 1),
                                Fte.parse("21.50"))),
                event(
                        8,
                        SCALEUP.value(),
                        1,
                        new JobsRegistered(
                                SCALEUP,
                                JobChange.CREATED,
                                40,
                                "engineering",
                                LocalDate.of(2023, 7, 1))),
                event(
                        9,
                        STARTUP.value(),
                        2,
                        new JobsRegistered(
                                STARTUP,
                                JobChange.ENDED,
                                4,
                                "production",
                                LocalDate.of(2023, 9, 30))),
                event(
                        10,
                        SCALEUP_LEASE.value(),
                        1,
                        new LeaseTerminated(SCALEUP_LEASE, LAB, LocalDate.of(2024, 3, 31))));
    }

    Map<String, Indicators.Figure> figures(LocalDate date) {
        ViewWriter target = mongo.freshTarget();
        IndicatorsProjection projection = new IndicatorsProjection();
        campus().forEach(e -> projection.apply(e, target));
        return new Indicators(target)
                .on(date, 10).figures().stream()
                        .collect(
                                Collectors.toMap(
                                        Indicators.Figure::indicator, Function.identity()));
    }

    @Test
    void onlyEnterprisesWithALeaseInForceAreHosted() {
        Map<String, Indicators.Figure> spring = figures(LocalDate.of(2023, 3, 1));
        Map<String, Indicators.Figure> autumn = figures(LocalDate.of(2023, 10, 1));
        Map<String, Indicators.Figure> after = figures(LocalDate.of(2024, 4, 1));

        assertThat(spring.get("CO01").value()).isEqualTo("1");
        assertThat(spring.get("CO05").value()).isEqualTo("1");
        assertThat(autumn.get("CO01").value()).isEqualTo("2");
        // the termination recorded at 10 is part of the lab lease it is computed from, although it
        // takes effect later
        assertThat(autumn.get("CO01").lineage()).containsExactly(3L, 4L, 5L, 6L, 10L);
        assertThat(after.get("CO01").value())
                .as("the lab lease was terminated at the end of March 2024")
                .isEqualTo("1");
    }

    @Test
    void jobsCountInTheEnterprisesHostedWithTheirFullTimeEquivalents() {
        Map<String, Indicators.Figure> autumn = figures(LocalDate.of(2023, 10, 1));

        assertThat(autumn.get("JOBS").value()).isEqualTo("60");
        // 21.50 FTE created by the start-up, 4 ended (one FTE each), 40 created by the scale-up
        assertThat(autumn.get("CO08").value()).isEqualTo("57.50");
        assertThat(autumn.get("CO08").lineage()).containsExactly(7L, 8L, 9L);
    }

    @Test
    void floorAreaDeliveredAndLeasedFollowTheDates() {
        Map<String, Indicators.Figure> spring = figures(LocalDate.of(2023, 3, 1));
        Map<String, Indicators.Figure> autumn = figures(LocalDate.of(2023, 10, 1));

        assertThat(spring.get("CO39").value()).isEqualTo("3000.00");
        assertThat(spring.get("LEASED").value()).isEqualTo("1200.00");
        assertThat(autumn.get("CO39").value()).isEqualTo("4500.00");
        assertThat(autumn.get("LEASED").value()).isEqualTo("2700.00");
        assertThat(autumn.get("CO39").targets()).containsEntry("firstPhase", "8000");
    }
}
