package be.thorpark.ledger.query.lease;

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
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaseRegisterTest {

    static final TenantId TENANT = TenantId.of("tenant-0403170701");
    static final UnitId HALL = UnitId.of("unit-b1-h1");
    static final UnitId LAB = UnitId.of("unit-b1-l.2");
    static final LeaseId L1 = LeaseId.of("lease-1");
    static final LeaseId L2 = LeaseId.of("lease-2");

    private final InMemoryViews mongo = InMemoryViews.shared();

    /**
     * Lease 1 grows, then (recorded later) an earlier amendment lowers the rent; lease 2 ends
     * early.
     */
    static List<ViewEvent> history() {
        return List.of(
                event(
                        1,
                        L1.value(),
                        0,
                        new LeaseSigned(
                                L1,
                                TENANT,
                                HALL,
                                AreaM2.parse("500"),
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2027, 12, 31),
                                Money.parse("4000"))),
                event(
                        2,
                        L2.value(),
                        0,
                        new LeaseSigned(
                                L2,
                                TENANT,
                                LAB,
                                AreaM2.parse("120.50"),
                                LocalDate.of(2023, 3, 1),
                                LocalDate.of(2025, 2, 28),
                                Money.parse("1500.25"))),
                event(
                        3,
                        L1.value(),
                        1,
                        new LeaseAmended(
                                L1,
                                1,
                                LocalDate.of(2024, 1, 1),
                                AreaM2.parse("750"),
                                Money.parse("6000"),
                                LocalDate.of(2027, 12, 31))),
                event(
                        4,
                        L1.value(),
                        2,
                        new LeaseAmended(
                                L1,
                                2,
                                LocalDate.of(2023, 7, 1),
                                AreaM2.parse("500"),
                                Money.parse("3800"),
                                LocalDate.of(2027, 12, 31))),
                event(5, L2.value(), 1, new LeaseTerminated(L2, LAB, LocalDate.of(2023, 12, 31))));
    }

    static void feed(ViewWriter target, List<ViewEvent> events) {
        LeaseProjection projection = new LeaseProjection();
        events.forEach(e -> projection.apply(e, target));
    }

    @Test
    void aLeaseShowsEveryAmendmentInOrderAndItsTermination() {
        ViewWriter target = mongo.freshTarget();
        feed(target, history());
        LeaseRegister register = new LeaseRegister(target);

        LeaseRegister.LeaseDetail one =
                register.one(L1.value(), LocalDate.of(2023, 8, 1)).orElseThrow();
        assertThat(one.amendments())
                .extracting(LeaseRegister.Amendment::number)
                .containsExactly(1, 2);
        assertThat(one.monthlyRent()).isEqualTo("3800.00");
        assertThat(one.signed().monthlyRent()).isEqualTo("4000.00");
        assertThat(one.termination()).isNull();

        LeaseRegister.LeaseDetail two =
                register.one(L2.value(), LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(two.status()).isEqualTo("TERMINATED");
        assertThat(two.termination().lastDay()).isEqualTo("2023-12-31");
    }

    @Test
    void theRentRollHoldsTheLeasesRunningOnTheDateWithTheirRentThen() {
        ViewWriter target = mongo.freshTarget();
        feed(target, history());
        LeaseRegister register = new LeaseRegister(target);
        PageRequest all = PageRequest.of(0, 50);

        assertThat(register.rentRoll(all, LocalDate.of(2022, 12, 31), 5).items()).isEmpty();
        assertThat(register.rentRoll(all, LocalDate.of(2023, 2, 1), 5).totalMonthlyRent())
                .isEqualTo("4000.00");

        LeaseRegister.RentRoll march = register.rentRoll(all, LocalDate.of(2023, 3, 1), 5);
        assertThat(march.items())
                .extracting(LeaseRegister.RentLine::monthlyRent)
                .containsExactly("4000.00", "1500.25");
        assertThat(march.totalMonthlyRent()).isEqualTo("5500.25");
        assertThat(march.totalArea()).isEqualTo("620.50");

        assertThat(register.rentRoll(all, LocalDate.of(2023, 12, 31), 5).totalMonthlyRent())
                .isEqualTo("5300.25");
        LeaseRegister.RentRoll next = register.rentRoll(all, LocalDate.of(2024, 1, 1), 5);
        assertThat(next.items())
                .extracting(LeaseRegister.RentLine::leaseId)
                .containsExactly("lease-1");
        assertThat(next.totalMonthlyRent()).isEqualTo("6000.00");
        assertThat(register.rentRoll(all, LocalDate.of(2028, 1, 1), 5).total()).isZero();
    }

    @Test
    void theRegisterPagesByIdAndFiltersByUnit() {
        ViewWriter target = mongo.freshTarget();
        feed(target, history());
        LeaseRegister register = new LeaseRegister(target);

        assertThat(
                        register.list(PageRequest.of(1, 1), LocalDate.of(2023, 5, 1), null, null, 5)
                                .items())
                .extracting(LeaseRegister.LeaseLine::id)
                .containsExactly("lease-2");
        assertThat(
                        register.list(
                                        PageRequest.of(0, 10),
                                        LocalDate.of(2023, 5, 1),
                                        null,
                                        LAB.value(),
                                        5)
                                .total())
                .isEqualTo(1);
    }

    @Test
    void replayingTheHistoryLeavesIdenticalDocuments() {
        ViewWriter once = mongo.freshTarget();
        feed(once, history());
        ViewWriter twice = mongo.freshTarget();
        feed(twice, history());
        feed(twice, history());

        assertThat(InMemoryViews.contents(twice, LeaseProjection.LEASES))
                .isEqualTo(InMemoryViews.contents(once, LeaseProjection.LEASES));
    }
}
