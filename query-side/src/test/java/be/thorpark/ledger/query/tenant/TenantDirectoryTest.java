package be.thorpark.ledger.query.tenant;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.SealedText;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.PersonalDataErased;
import be.thorpark.ledger.events.tenant.TenantArrived;
import be.thorpark.ledger.events.tenant.TenantDeparted;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantDirectoryTest {

    static final EnterpriseNumber NUMBER = EnterpriseNumber.parse("0403.170.701");
    static final TenantId TENANT = TenantId.forEnterprise(NUMBER);
    static final TenantId OTHER = TenantId.of("tenant-0202239951");
    static final LeaseId L1 = LeaseId.of("lease-1");
    static final UnitId HALL = UnitId.of("unit-b1-h1");
    static final String PERSON = "person-42";
    static final ContactReader OPEN = text -> Optional.of("opened:" + text.ciphertext());

    private final InMemoryViews mongo = InMemoryViews.shared();

    static List<ViewEvent> tenantEvents() {
        ContactPerson contact =
                new ContactPerson(
                        PERSON,
                        new SealedText(PERSON, "bmFtZQ=="),
                        new SealedText(PERSON, "ZW1haWw="));
        return List.of(
                event(
                        1,
                        TENANT.value(),
                        0,
                        new TenantRegistered(
                                TENANT,
                                "Mo-Thor Robotics",
                                NUMBER,
                                TenantProfile.START_UP,
                                "robotics",
                                contact)),
                event(
                        2,
                        OTHER.value(),
                        0,
                        new TenantRegistered(
                                OTHER,
                                "Flanders Parts",
                                null,
                                TenantProfile.ESTABLISHED,
                                "parts",
                                null)),
                event(4, TENANT.value(), 1, new TenantArrived(TENANT, LocalDate.of(2023, 2, 1))),
                event(
                        6,
                        TENANT.value(),
                        2,
                        new JobsRegistered(
                                TENANT,
                                JobChange.CREATED,
                                12,
                                "engineering",
                                LocalDate.of(2023, 3, 1))),
                event(
                        8,
                        TENANT.value(),
                        3,
                        new JobsRegistered(
                                TENANT,
                                JobChange.ENDED,
                                2,
                                "engineering",
                                LocalDate.of(2023, 2, 15))),
                event(9, TENANT.value(), 4, new TenantDeparted(TENANT, LocalDate.of(2025, 6, 30))));
    }

    static List<ViewEvent> leaseEvents() {
        return List.of(
                event(
                        3,
                        L1.value(),
                        0,
                        new LeaseSigned(
                                L1,
                                TENANT,
                                HALL,
                                AreaM2.parse("300"),
                                LocalDate.of(2023, 2, 1),
                                LocalDate.of(2026, 1, 31),
                                Money.parse("2500"))),
                event(
                        5,
                        L1.value(),
                        1,
                        new LeaseAmended(
                                L1,
                                1,
                                LocalDate.of(2024, 1, 1),
                                AreaM2.parse("450.50"),
                                Money.parse("3500"),
                                LocalDate.of(2026, 1, 31))),
                event(7, L1.value(), 2, new LeaseTerminated(L1, HALL, LocalDate.of(2025, 6, 30))));
    }

    static List<ViewEvent> all() {
        List<ViewEvent> all = new ArrayList<>(tenantEvents());
        all.addAll(leaseEvents());
        all.sort((a, b) -> Long.compare(a.position(), b.position()));
        return all;
    }

    static void feed(ViewWriter target, List<ViewEvent> events) {
        TenantProjection projection = new TenantProjection();
        events.forEach(e -> projection.apply(e, target));
    }

    @Test
    void statusFollowsArrivalAndDepartureDates() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());
        TenantDirectory directory = new TenantDirectory(target, OPEN);

        assertThat(
                        directory
                                .one(TENANT.value(), LocalDate.of(2023, 1, 31), 9)
                                .orElseThrow()
                                .status())
                .isEqualTo(TenantDirectory.Status.REGISTERED);
        assertThat(
                        directory
                                .one(TENANT.value(), LocalDate.of(2023, 2, 1), 9)
                                .orElseThrow()
                                .status())
                .isEqualTo(TenantDirectory.Status.ON_CAMPUS);
        assertThat(
                        directory
                                .one(TENANT.value(), LocalDate.of(2025, 6, 30), 9)
                                .orElseThrow()
                                .status())
                .isEqualTo(TenantDirectory.Status.ON_CAMPUS);
        assertThat(
                        directory
                                .one(TENANT.value(), LocalDate.of(2025, 7, 1), 9)
                                .orElseThrow()
                                .status())
                .isEqualTo(TenantDirectory.Status.DEPARTED);
    }

    @Test
    void currentLeasesAndJobsDependOnTheBusinessDate() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());
        TenantDirectory directory = new TenantDirectory(target, OPEN);

        TenantDirectory.TenantDetail early =
                directory.one(TENANT.value(), LocalDate.of(2023, 2, 20), 9).orElseThrow();
        assertThat(early.currentLeases())
                .containsExactly(
                        new TenantDirectory.CurrentLease("lease-1", HALL.value(), "300.00"));
        assertThat(early.jobs()).isEqualTo(new TenantDirectory.JobCounts(0, 2, -2));

        TenantDirectory.TenantDetail later =
                directory.one(TENANT.value(), LocalDate.of(2024, 5, 1), 9).orElseThrow();
        assertThat(later.leasedArea()).isEqualTo("450.50");
        assertThat(later.jobs()).isEqualTo(new TenantDirectory.JobCounts(12, 2, 10));
        assertThat(later.jobRegistrations())
                .extracting(TenantDirectory.JobLine::position)
                .containsExactly(6L, 8L);

        TenantDirectory.TenantDetail gone =
                directory.one(TENANT.value(), LocalDate.of(2025, 7, 1), 9).orElseThrow();
        assertThat(gone.currentLeases()).isEmpty();
        assertThat(gone.leases())
                .extracting(TenantDirectory.LeaseLine::status)
                .containsExactly("TERMINATED");
        assertThat(gone.leases().get(0).lastDay()).isEqualTo("2025-06-30");
    }

    @Test
    void theContactIsOpenedThroughTheReaderUntilThePersonsDataIsErased() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());
        TenantDirectory directory = new TenantDirectory(target, OPEN);

        assertThat(
                        directory
                                .one(TENANT.value(), LocalDate.of(2024, 1, 1), 9)
                                .orElseThrow()
                                .contact())
                .isEqualTo(
                        new TenantDirectory.Contact(
                                PERSON, "opened:bmFtZQ==", "opened:ZW1haWw=", false));

        feed(target, List.of(event(10, TENANT.value(), 5, new PersonalDataErased(TENANT, PERSON))));

        assertThat(
                        directory
                                .one(TENANT.value(), LocalDate.of(2024, 1, 1), 10)
                                .orElseThrow()
                                .contact())
                .isEqualTo(new TenantDirectory.Contact(PERSON, null, null, true));
    }

    @Test
    void theDirectoryPagesTenantsByIdAndCountsAll() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());
        TenantDirectory directory = new TenantDirectory(target, OPEN);

        var first = directory.list(PageRequest.of(0, 1), LocalDate.of(2024, 1, 1), 9);
        var second = directory.list(PageRequest.of(1, 1), LocalDate.of(2024, 1, 1), 9);

        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items())
                .extracting(TenantDirectory.TenantSummary::id)
                .containsExactly(OTHER.value());
        assertThat(second.items())
                .extracting(TenantDirectory.TenantSummary::id)
                .containsExactly(TENANT.value());
        assertThat(second.items().get(0).enterpriseNumber()).isEqualTo("0403.170.701");
        assertThat(first.items().get(0).contact()).isNull();
    }

    @Test
    void replayAndInterleavedSegmentsLeaveTheSameDocuments() {
        ViewWriter inOrder = mongo.freshTarget();
        feed(inOrder, all());

        ViewWriter replayed = mongo.freshTarget();
        feed(replayed, all());
        feed(replayed, all());

        ViewWriter interleaved = mongo.freshTarget();
        feed(interleaved, leaseEvents());
        feed(interleaved, tenantEvents().subList(0, 3));
        feed(interleaved, leaseEvents().subList(1, 3));
        feed(interleaved, tenantEvents());

        for (String collection :
                List.of(TenantProjection.TENANTS, TenantProjection.TENANT_LEASES)) {
            assertThat(InMemoryViews.contents(replayed, collection))
                    .isEqualTo(InMemoryViews.contents(inOrder, collection));
            assertThat(InMemoryViews.contents(interleaved, collection))
                    .isEqualTo(InMemoryViews.contents(inOrder, collection));
        }
    }
}
