package be.thorpark.ledger.query.space;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitType;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    static final UnitId HALL = UnitId.of("unit-b1-h1");
    static final UnitId LAB = UnitId.of("unit-b1-l.2");
    static final UnitId OFFICE = UnitId.of("unit-b2-o1");
    static final TenantId TENANT = TenantId.of("tenant-0403170701");
    static final LeaseId L1 = LeaseId.of("lease-1");
    static final LeaseId L2 = LeaseId.of("lease-2");

    private final InMemoryViews mongo = InMemoryViews.shared();

    static List<ViewEvent> units() {
        return List.of(
                event(
                        1,
                        HALL.value(),
                        0,
                        new UnitRegistered(
                                HALL,
                                "B1",
                                "H1",
                                UnitType.PRODUCTION_HALL,
                                AreaM2.parse("5000"),
                                LocalDate.of(2022, 12, 1))),
                event(
                        2,
                        LAB.value(),
                        0,
                        new UnitRegistered(
                                LAB,
                                "B1",
                                "L.2",
                                UnitType.LAB,
                                AreaM2.parse("2000"),
                                LocalDate.of(2022, 12, 1))),
                event(
                        3,
                        OFFICE.value(),
                        0,
                        new UnitRegistered(
                                OFFICE,
                                "B2",
                                "O1",
                                UnitType.OFFICE,
                                AreaM2.parse("1000.50"),
                                LocalDate.of(2024, 1, 1))));
    }

    /**
     * Lease 1 on the hall grows from 2024; lease 2 on the lab is terminated early (recorded before
     * an amendment).
     */
    static List<ViewEvent> leases() {
        return List.of(
                event(
                        4,
                        L1.value(),
                        0,
                        new LeaseSigned(
                                L1,
                                TENANT,
                                HALL,
                                AreaM2.parse("2500"),
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2027, 12, 31),
                                Money.parse("20000"))),
                event(
                        5,
                        L2.value(),
                        0,
                        new LeaseSigned(
                                L2,
                                TENANT,
                                LAB,
                                AreaM2.parse("500.25"),
                                LocalDate.of(2023, 6, 1),
                                LocalDate.of(2026, 5, 31),
                                Money.parse("5000"))),
                event(
                        6,
                        L1.value(),
                        1,
                        new LeaseAmended(
                                L1,
                                1,
                                LocalDate.of(2024, 1, 1),
                                AreaM2.parse("4000"),
                                Money.parse("30000"),
                                LocalDate.of(2027, 12, 31))),
                event(7, L2.value(), 1, new LeaseTerminated(L2, LAB, LocalDate.of(2024, 3, 31))));
    }

    static void feed(ViewWriter target, List<ViewEvent> events) {
        SpaceProjection projection = new SpaceProjection();
        events.forEach(e -> projection.apply(e, target));
    }

    private static List<ViewEvent> all() {
        List<ViewEvent> all = new ArrayList<>(units());
        all.addAll(leases());
        return all;
    }

    @Test
    void occupancyFollowsLeasePeriodsAmendmentsAndTerminationsPerDate() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());
        Occupancy occupancy = new Occupancy(target);

        Occupancy.Report before = occupancy.report(LocalDate.of(2022, 12, 31), 7);
        assertThat(before.total().area()).isEqualTo("7000.00");
        assertThat(before.total().leasedArea()).isEqualTo("0.00");
        assertThat(before.total().plannedArea()).isEqualTo("1000.50");

        Occupancy.Report summer2023 = occupancy.report(LocalDate.of(2023, 6, 1), 7);
        assertThat(summer2023.total().leasedArea()).isEqualTo("3000.25");
        assertThat(summer2023.total().freeArea()).isEqualTo("3999.75");
        assertThat(summer2023.total().occupancyRate()).isEqualTo("42.86");
        assertThat(summer2023.byType())
                .extracting(Occupancy.AreaLine::type, Occupancy.AreaLine::leasedArea)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LAB", "500.25"),
                        org.assertj.core.groups.Tuple.tuple("OFFICE", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("PRODUCTION_HALL", "2500.00"));

        Occupancy.Report march2024 = occupancy.report(LocalDate.of(2024, 3, 31), 7);
        assertThat(march2024.total().area()).isEqualTo("8000.50");
        assertThat(march2024.total().leasedArea()).isEqualTo("4500.25");

        Occupancy.Report april2024 = occupancy.report(LocalDate.of(2024, 4, 1), 7);
        assertThat(april2024.total().leasedArea()).isEqualTo("4000.00");
        assertThat(occupancy.report(LocalDate.of(2028, 1, 1), 7).total().leasedArea())
                .isEqualTo("0.00");
    }

    @Test
    void totalsAreComparedWithTheFirstPhaseAndGoalTargets() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());

        List<Occupancy.Target> targets =
                new Occupancy(target).report(LocalDate.of(2024, 4, 1), 7).targets();

        assertThat(targets)
                .containsExactly(
                        new Occupancy.Target("FIRST_PHASE", "8000.00", "100.01", "50.00", true),
                        new Occupancy.Target("GOAL", "30000.00", "26.67", "13.33", false));
    }

    @Test
    void unitsShowTheirLeasedAndFreeAreaOnTheDate() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());

        List<Occupancy.UnitLine> units = new Occupancy(target).units(LocalDate.of(2024, 2, 1));

        assertThat(units)
                .extracting(Occupancy.UnitLine::id)
                .containsExactly("unit-b1-h1", "unit-b1-l.2", "unit-b2-o1");
        assertThat(units.get(0).leasedArea()).isEqualTo("4000.00");
        assertThat(units.get(0).freeArea()).isEqualTo("1000.00");
        assertThat(units.get(0).occupancyRate()).isEqualTo("80.00");
        assertThat(units.get(1).activeLeases()).isEqualTo(1);
    }

    @Test
    void twoSegmentsInterleavingUnitAndLeaseEventsGiveTheSameViewAsOneInOrder() {
        ViewWriter inOrder = mongo.freshTarget();
        feed(inOrder, all());
        ViewWriter interleaved = mongo.freshTarget();
        List<ViewEvent> leases = leases();
        List<ViewEvent> units = units();
        // The lease segment runs ahead of the unit segment, then both repeat their last batch after
        // a restart.
        feed(interleaved, leases.subList(0, 2));
        feed(interleaved, units.subList(0, 1));
        feed(interleaved, leases.subList(2, 4));
        feed(interleaved, units.subList(1, 3));
        feed(interleaved, leases.subList(2, 4));
        feed(interleaved, units);

        for (String collection : List.of(SpaceProjection.UNITS, SpaceProjection.UNIT_LEASES)) {
            assertThat(InMemoryViews.contents(interleaved, collection))
                    .isEqualTo(InMemoryViews.contents(inOrder, collection));
        }
    }
}
