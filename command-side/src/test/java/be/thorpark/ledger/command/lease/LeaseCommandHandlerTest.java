package be.thorpark.ledger.command.lease;

import static be.thorpark.ledger.command.CampusMother.BATTERY_START_UP;
import static be.thorpark.ledger.command.CampusMother.ENGINEERING_FIRM;
import static be.thorpark.ledger.command.CampusMother.LAB_1;
import static be.thorpark.ledger.command.CampusMother.LAB_OF_PHASE_TWO;
import static be.thorpark.ledger.command.CampusMother.PRODUCTION_HALL_A;
import static be.thorpark.ledger.command.CampusMother.SERVICE_DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.command.space.Unit;
import be.thorpark.ledger.command.space.UnitMother;
import be.thorpark.ledger.command.tenant.Tenant;
import be.thorpark.ledger.command.tenant.TenantMother;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitSpaceAllocated;
import be.thorpark.ledger.events.space.UnitSpaceReallocated;
import be.thorpark.ledger.events.space.UnitSpaceReleased;
import be.thorpark.ledger.events.space.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Lease commands through a real Axon configuration: the handler loads a lease, its unit and its
 * tenant in one unit of work, which a single-aggregate fixture cannot show. Every command's events
 * are read as the commit they form.
 */
class LeaseCommandHandlerTest {

    private static final TenantId VOLTCELL = BATTERY_START_UP.tenantId();
    private static final TenantId DRIVE_SYSTEMS = ENGINEERING_FIRM.tenantId();
    private static final UnitId LAB = LAB_1.unitId();
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN_30_2026 = LocalDate.of(2026, 6, 30);
    private static final LocalDate JUL_2026 = LocalDate.of(2026, 7, 1);
    private static final LocalDate DEC_31_2026 = LocalDate.of(2026, 12, 31);
    private static final LocalDate JAN_2027 = LocalDate.of(2027, 1, 1);
    private static final LocalDate END_2030 = LocalDate.of(2030, 12, 31);
    private static final Money RENT = Money.parse("4500.00");

    private static final LeaseId VOLTCELL_LAB = LeaseId.of("lease-voltcell-lab-1");
    private static final LeaseId DRIVE_SYSTEMS_LAB = LeaseId.of("lease-drive-systems-lab-1");

    private Configuration config;
    private final List<List<Object>> commits = new ArrayList<>();

    @BeforeEach
    void startCampus() {
        config =
                DefaultConfigurer.defaultConfiguration()
                        .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                        .configureAggregate(Lease.class)
                        .configureAggregate(Unit.class)
                        .configureAggregate(Tenant.class)
                        .registerCommandHandler(
                                c ->
                                        new LeaseCommandHandler(
                                                c.repository(Lease.class),
                                                c.repository(Unit.class),
                                                c.repository(Tenant.class)))
                        .start();
        given(
                UnitMother.register(LAB_1),
                UnitMother.register(PRODUCTION_HALL_A),
                UnitMother.register(LAB_OF_PHASE_TWO),
                TenantMother.register(BATTERY_START_UP),
                TenantMother.register(ENGINEERING_FIRM));
        config.eventBus()
                .subscribe(
                        batch ->
                                commits.add(
                                        batch.stream().<Object>map(Message::getPayload).toList()));
    }

    @AfterEach
    void stopCampus() {
        config.shutdown();
    }

    private static SignLease sign(
            LeaseId lease,
            TenantId tenant,
            UnitId unit,
            String area,
            LocalDate from,
            LocalDate to) {
        return new SignLease(lease, tenant, unit, AreaM2.parse(area), from, to, RENT);
    }

    private static AmendLease amendArea(LeaseId lease, LocalDate effective, String area) {
        return new AmendLease(lease, effective, AreaM2.parse(area), null, null, null);
    }

    private static AmendLease amendEnd(LeaseId lease, LocalDate effective, LocalDate end) {
        return new AmendLease(lease, effective, null, null, end, null);
    }

    private static TerminateLease terminate(LeaseId lease, LocalDate lastDay) {
        return new TerminateLease(lease, lastDay, null);
    }

    private void given(Object... commands) {
        for (Object command : commands) {
            config.commandGateway().sendAndWait(command);
        }
    }

    /** Sends the command and answers the events it stored, which must form one commit. */
    private List<Object> when(Object command) {
        int before = commits.size();
        config.commandGateway().sendAndWait(command);
        assertThat(commits).as("commits of %s", command).hasSize(before + 1);
        return commits.get(before);
    }

    /** Sends a command that must be refused without storing anything, and answers the refusal. */
    private RuleViolation whenRefused(Object command) {
        int before = commits.size();
        RuleViolation refusal =
                catchThrowableOfType(
                        RuleViolation.class, () -> config.commandGateway().sendAndWait(command));
        assertThat(refusal).as("refusal of %s", command).isNotNull();
        assertThat(commits).as("commits after the refusal of %s", command).hasSize(before);
        return refusal;
    }

    private List<Object> storedFor(Object aggregateId) {
        return config.eventStore()
                .readEvents(aggregateId.toString())
                .asStream()
                .map(Message::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    @Nested
    class Signing {

        @Test
        void signingALeaseStoresTheLeaseAndTheUnitsAllocationInOneCommit() {
            List<Object> stored =
                    when(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030));

            assertThat(stored)
                    .containsExactly(
                            new LeaseSigned(
                                    VOLTCELL_LAB,
                                    VOLTCELL,
                                    LAB,
                                    AreaM2.parse("600.00"),
                                    JAN_2026,
                                    END_2030,
                                    RENT),
                            new UnitSpaceAllocated(
                                    LAB, VOLTCELL_LAB, AreaM2.parse("600.00"), JAN_2026, END_2030));
            assertThat(storedFor(LAB)).hasSize(2).first().isInstanceOf(UnitRegistered.class);
        }

        @Test
        void signingALeaseWithAnUnregisteredTenantIsRejected() {
            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    VOLTCELL_LAB,
                                    SERVICE_DESK.tenantId(),
                                    LAB,
                                    "100.00",
                                    JAN_2026,
                                    END_2030));

            assertThat(refusal.code()).isEqualTo("TENANT_NOT_REGISTERED");
            assertThat(storedFor(VOLTCELL_LAB)).isEmpty();
        }

        @Test
        void signingALeaseOnAnUnregisteredUnitIsRejected() {
            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    VOLTCELL_LAB,
                                    VOLTCELL,
                                    UnitId.forCode("Phase 9", "LAB-1"),
                                    "100.00",
                                    JAN_2026,
                                    END_2030));

            assertThat(refusal.code()).isEqualTo("UNIT_NOT_REGISTERED");
            assertThat(storedFor(VOLTCELL_LAB)).isEmpty();
        }

        @Test
        void signingALeaseWithADepartedTenantIsRejected() {
            given(
                    TenantMother.arrival(VOLTCELL, LocalDate.of(2025, 10, 1)),
                    TenantMother.departure(VOLTCELL, DEC_31_2026));

            RuleViolation refusal =
                    whenRefused(sign(VOLTCELL_LAB, VOLTCELL, LAB, "100.00", JAN_2027, END_2030));

            assertThat(refusal.code()).isEqualTo("TENANT_DEPARTED");
        }

        @Test
        void signingALeaseBeforeTheUnitIsAvailableIsRejected() {
            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    VOLTCELL_LAB,
                                    VOLTCELL,
                                    LAB_OF_PHASE_TWO.unitId(),
                                    "750.00",
                                    LAB_OF_PHASE_TWO.availableFrom().minusDays(1),
                                    END_2030));

            assertThat(refusal.code()).isEqualTo("UNIT_NOT_YET_AVAILABLE");
            assertThat(storedFor(VOLTCELL_LAB)).isEmpty();
        }

        @Test
        void aLeaseMayStartOnTheDayTheUnitBecomesAvailable() {
            List<Object> stored =
                    when(
                            sign(
                                    VOLTCELL_LAB,
                                    VOLTCELL,
                                    LAB_OF_PHASE_TWO.unitId(),
                                    "750.00",
                                    LAB_OF_PHASE_TWO.availableFrom(),
                                    END_2030));

            assertThat(stored).hasSize(2);
        }

        @Test
        void aLeaseEndingBeforeItStartsIsRejected() {
            RuleViolation refusal =
                    whenRefused(sign(VOLTCELL_LAB, VOLTCELL, LAB, "100.00", JAN_2027, DEC_31_2026));

            assertThat(refusal.code()).isEqualTo("LEASE_ENDS_BEFORE_START");
        }

        @Test
        void aLeaseOfNoAreaIsRejected() {
            RuleViolation refusal =
                    whenRefused(sign(VOLTCELL_LAB, VOLTCELL, LAB, "0.00", JAN_2026, END_2030));

            assertThat(refusal.code()).isEqualTo("LEASE_AREA_ZERO");
        }
    }

    @Nested
    class UnitCapacity {

        @Test
        void signingALeaseOnAFullUnitIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030));

            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    DRIVE_SYSTEMS_LAB,
                                    DRIVE_SYSTEMS,
                                    LAB,
                                    "0.01",
                                    JAN_2027,
                                    JAN_2027));

            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(storedFor(DRIVE_SYSTEMS_LAB)).isEmpty();
            assertThat(storedFor(LAB)).hasSize(2);
        }

        @Test
        void aLeaseLargerThanTheWholeUnitIsRejected() {
            RuleViolation refusal =
                    whenRefused(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.01", JAN_2026, END_2030));

            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(storedFor(VOLTCELL_LAB)).isEmpty();
        }

        @Test
        void overlappingLeasesShareAUnitWhileTheirSumFits() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030));

            List<Object> stored =
                    when(
                            sign(
                                    DRIVE_SYSTEMS_LAB,
                                    DRIVE_SYSTEMS,
                                    LAB,
                                    "200.00",
                                    JUL_2026,
                                    DEC_31_2026));

            assertThat(stored).hasSize(2);
        }

        @Test
        void aLeaseStartingOnTheLastDayOfAnotherOverfillsThatDayAndIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, JUN_30_2026));

            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    DRIVE_SYSTEMS_LAB,
                                    DRIVE_SYSTEMS,
                                    LAB,
                                    "300.00",
                                    JUN_30_2026,
                                    DEC_31_2026));

            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(refusal.getMessage())
                    .isEqualTo(
                            "Unit LAB-1 has 200.00 m2 free on 2026-06-30; the lease "
                                    + "would hold 300.00 m2 that day.");
        }

        @Test
        void aLeaseEndingOnTheFirstDayOfAnotherOverfillsThatDayAndIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JUL_2026, END_2030));

            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    DRIVE_SYSTEMS_LAB,
                                    DRIVE_SYSTEMS,
                                    LAB,
                                    "300.00",
                                    JAN_2026,
                                    JUL_2026));

            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
        }

        @Test
        void adjacentLeasesThatEachFillTheUnitAreFine() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, JUN_30_2026));

            List<Object> stored =
                    when(sign(DRIVE_SYSTEMS_LAB, DRIVE_SYSTEMS, LAB, "600.00", JUL_2026, END_2030));

            assertThat(stored)
                    .contains(
                            new UnitSpaceAllocated(
                                    LAB,
                                    DRIVE_SYSTEMS_LAB,
                                    AreaM2.parse("600.00"),
                                    JUL_2026,
                                    END_2030));
        }

        @Test
        void leasesOfOtherUnitsDoNotCount() {
            given(
                    sign(
                            VOLTCELL_LAB,
                            VOLTCELL,
                            PRODUCTION_HALL_A.unitId(),
                            "2400.00",
                            JAN_2026,
                            END_2030));

            List<Object> stored =
                    when(sign(DRIVE_SYSTEMS_LAB, DRIVE_SYSTEMS, LAB, "600.00", JAN_2026, END_2030));

            assertThat(stored).hasSize(2);
        }
    }

    @Nested
    class Amendments {

        @Test
        void amendingTheAreaStoresTheNewTermsAndTheUnitsReallocationInOneCommit() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030));

            List<Object> stored = when(amendArea(VOLTCELL_LAB, JAN_2027, "600.00"));

            assertThat(stored)
                    .containsExactly(
                            new LeaseAmended(
                                    VOLTCELL_LAB,
                                    1,
                                    JAN_2027,
                                    AreaM2.parse("600.00"),
                                    RENT,
                                    END_2030),
                            new UnitSpaceReallocated(
                                    LAB, VOLTCELL_LAB, JAN_2027, AreaM2.parse("600.00"), END_2030));
        }

        @Test
        void eachAmendmentIsNumberedAndKeepsWhatItLeavesOut() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030),
                    amendArea(VOLTCELL_LAB, JAN_2027, "500.00"));

            List<Object> stored =
                    when(
                            new AmendLease(
                                    VOLTCELL_LAB,
                                    JUL_2026.plusYears(1),
                                    null,
                                    Money.parse("5200.00"),
                                    null,
                                    null));

            assertThat(stored)
                    .first()
                    .isEqualTo(
                            new LeaseAmended(
                                    VOLTCELL_LAB,
                                    2,
                                    JUL_2026.plusYears(1),
                                    AreaM2.parse("500.00"),
                                    Money.parse("5200.00"),
                                    END_2030));
        }

        @Test
        void growingALeaseBeyondTheUnitsFreeAreaIsRejected() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030),
                    sign(DRIVE_SYSTEMS_LAB, DRIVE_SYSTEMS, LAB, "200.00", JAN_2026, END_2030));

            RuleViolation refusal = whenRefused(amendArea(VOLTCELL_LAB, JAN_2027, "400.01"));

            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(storedFor(VOLTCELL_LAB)).hasSize(1);
        }

        @Test
        void extendingALeaseIntoTheNextTenantsPeriodIsRejected() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, DEC_31_2026),
                    sign(DRIVE_SYSTEMS_LAB, DRIVE_SYSTEMS, LAB, "600.00", JAN_2027, END_2030));

            RuleViolation refusal = whenRefused(amendEnd(VOLTCELL_LAB, JUL_2026, JAN_2027));

            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
        }

        @Test
        void shrinkingALeaseIsAllowedAndFreesTheAreaFromItsEffectiveDate() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030));

            List<Object> stored = when(amendArea(VOLTCELL_LAB, JAN_2027, "350.00"));

            assertThat(stored).hasSize(2);
            assertThat(
                            whenRefused(
                                            sign(
                                                    DRIVE_SYSTEMS_LAB,
                                                    DRIVE_SYSTEMS,
                                                    LAB,
                                                    "250.00",
                                                    DEC_31_2026,
                                                    END_2030))
                                    .code())
                    .isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(
                            when(
                                    sign(
                                            DRIVE_SYSTEMS_LAB,
                                            DRIVE_SYSTEMS,
                                            LAB,
                                            "250.00",
                                            JAN_2027,
                                            END_2030)))
                    .hasSize(2);
        }

        @Test
        void shorteningALeaseFreesTheUnitAfterTheNewEndDate() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030),
                    amendEnd(VOLTCELL_LAB, JAN_2026, DEC_31_2026));

            assertThat(
                            when(
                                    sign(
                                            DRIVE_SYSTEMS_LAB,
                                            DRIVE_SYSTEMS,
                                            LAB,
                                            "600.00",
                                            JAN_2027,
                                            END_2030)))
                    .hasSize(2);
        }

        @Test
        void anAmendmentBeforeTheLeaseStartsIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JUL_2026, END_2030));

            RuleViolation refusal = whenRefused(amendArea(VOLTCELL_LAB, JUN_30_2026, "300.00"));

            assertThat(refusal.code()).isEqualTo("DATE_OUTSIDE_LEASE");
        }

        @Test
        void anAmendmentAfterTheLeaseEndsIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, DEC_31_2026));

            RuleViolation refusal = whenRefused(amendArea(VOLTCELL_LAB, JAN_2027, "300.00"));

            assertThat(refusal.code()).isEqualTo("DATE_OUTSIDE_LEASE");
        }

        @Test
        void anAmendmentAfterTheAmendedEndDateIsRejected() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030),
                    amendEnd(VOLTCELL_LAB, JAN_2026, DEC_31_2026));

            RuleViolation refusal = whenRefused(amendArea(VOLTCELL_LAB, JAN_2027, "300.00"));

            assertThat(refusal.code()).isEqualTo("DATE_OUTSIDE_LEASE");
        }

        @Test
        void anAmendmentEndingTheLeaseBeforeItTakesEffectIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030));

            RuleViolation refusal = whenRefused(amendEnd(VOLTCELL_LAB, JAN_2027, DEC_31_2026));

            assertThat(refusal.code()).isEqualTo("LEASE_ENDS_BEFORE_START");
        }

        @Test
        void anAmendmentToNoAreaIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030));

            RuleViolation refusal = whenRefused(amendArea(VOLTCELL_LAB, JAN_2027, "0.00"));

            assertThat(refusal.code()).isEqualTo("LEASE_AREA_ZERO");
        }

        @Test
        void anAmendmentAfterTerminationIsRejected() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "400.00", JAN_2026, END_2030),
                    terminate(VOLTCELL_LAB, DEC_31_2026));

            RuleViolation refusal = whenRefused(amendArea(VOLTCELL_LAB, JUL_2026, "300.00"));

            assertThat(refusal.code()).isEqualTo("LEASE_TERMINATED");
        }

        @Test
        void amendingAnUnknownLeaseFindsNothing() {
            assertThatThrownBy(
                            () ->
                                    config.commandGateway()
                                            .sendAndWait(amendArea(VOLTCELL_LAB, JAN_2027, "1.00")))
                    .isInstanceOf(AggregateNotFoundException.class);
            assertThat(commits).isEmpty();
        }
    }

    /** The case: amendments recorded out of the order of their effective dates. */
    @Nested
    class BackdatedAmendments {

        private final UnitRegistered hall =
                new UnitRegistered(
                        UnitId.forCode("Phase 0", "PH-0"),
                        "Phase 0",
                        "PH-0",
                        UnitType.PRODUCTION_HALL,
                        AreaM2.parse("1000.00"),
                        LocalDate.of(2023, 1, 1));
        private final LocalDate start = LocalDate.of(2023, 1, 1);
        private final LocalDate end = LocalDate.of(2025, 12, 31);

        @BeforeEach
        void aThousandSquareMetreHallLeasedAt600ThenAmendedTo400From2024() {
            given(
                    UnitMother.register(hall),
                    sign(VOLTCELL_LAB, VOLTCELL, hall.unitId(), "600.00", start, end),
                    amendArea(VOLTCELL_LAB, LocalDate.of(2024, 1, 1), "400.00"));
        }

        @Test
        void aBackdatedAmendmentHoldsOnlyUntilTheNextEffectiveDateSoAnOverfillingLeaseIsRefused() {
            List<Object> stored = when(amendArea(VOLTCELL_LAB, LocalDate.of(2023, 7, 1), "200.00"));

            assertThat(stored)
                    .first()
                    .isEqualTo(
                            new LeaseAmended(
                                    VOLTCELL_LAB,
                                    2,
                                    LocalDate.of(2023, 7, 1),
                                    AreaM2.parse("200.00"),
                                    RENT,
                                    end));
            RuleViolation refusal =
                    whenRefused(
                            sign(
                                    DRIVE_SYSTEMS_LAB,
                                    DRIVE_SYSTEMS,
                                    hall.unitId(),
                                    "800.00",
                                    LocalDate.of(2024, 6, 1),
                                    end));
            assertThat(refusal.code()).isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(leasedOn(hall.unitId(), LocalDate.of(2023, 8, 1)))
                    .isEqualTo(AreaM2.parse("200.00"));
            assertThat(leasedOn(hall.unitId(), LocalDate.of(2024, 7, 1)))
                    .isEqualTo(AreaM2.parse("400.00"));
            assertThat(
                            when(
                                    sign(
                                            DRIVE_SYSTEMS_LAB,
                                            DRIVE_SYSTEMS,
                                            hall.unitId(),
                                            "600.00",
                                            LocalDate.of(2024, 6, 1),
                                            end)))
                    .hasSize(2);
        }

        @Test
        void aBackdatedRentAmendmentKeepsTheAreaInForceOnItsOwnDate() {
            List<Object> stored =
                    when(
                            new AmendLease(
                                    VOLTCELL_LAB,
                                    LocalDate.of(2023, 7, 1),
                                    null,
                                    Money.parse("4000.00"),
                                    null,
                                    null));

            assertThat(stored)
                    .first()
                    .isEqualTo(
                            new LeaseAmended(
                                    VOLTCELL_LAB,
                                    2,
                                    LocalDate.of(2023, 7, 1),
                                    AreaM2.parse("600.00"),
                                    Money.parse("4000.00"),
                                    end));
        }

        @Test
        void aBackdatedGrowthIsCheckedOnlyForTheDaysItIsInForce() {
            given(
                    sign(
                            DRIVE_SYSTEMS_LAB,
                            DRIVE_SYSTEMS,
                            hall.unitId(),
                            "600.00",
                            LocalDate.of(2024, 1, 1),
                            end));

            List<Object> stored = when(amendArea(VOLTCELL_LAB, LocalDate.of(2023, 7, 1), "900.00"));

            assertThat(stored).hasSize(2);
            assertThat(leasedOn(hall.unitId(), LocalDate.of(2023, 12, 31)))
                    .isEqualTo(AreaM2.parse("900.00"));
            assertThat(leasedOn(hall.unitId(), LocalDate.of(2024, 1, 1)))
                    .isEqualTo(AreaM2.parse("1000.00"));
        }

        @Test
        void ofTwoAmendmentsWithOneEffectiveDateTheOneRecordedLastHolds() {
            given(amendArea(VOLTCELL_LAB, LocalDate.of(2024, 1, 1), "700.00"));

            assertThat(leasedOn(hall.unitId(), LocalDate.of(2024, 1, 1)))
                    .isEqualTo(AreaM2.parse("700.00"));
            assertThat(
                            whenRefused(
                                            sign(
                                                    DRIVE_SYSTEMS_LAB,
                                                    DRIVE_SYSTEMS,
                                                    hall.unitId(),
                                                    "400.00",
                                                    LocalDate.of(2024, 6, 1),
                                                    end))
                                    .code())
                    .isEqualTo("UNIT_ALREADY_LEASED");
        }
    }

    private AreaM2 leasedOn(UnitId unit, LocalDate day) {
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(
                        () ->
                                config.repository(Unit.class)
                                        .load(unit.value())
                                        .invoke(u -> u.leasedOn(day)))
                .getPayload();
    }

    @Nested
    class Termination {

        @Test
        void terminatingALeaseStoresItsLastDayAndReleasesTheUnitInOneCommit() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030));

            List<Object> stored = when(terminate(VOLTCELL_LAB, JUN_30_2026));

            assertThat(stored)
                    .containsExactly(
                            new LeaseTerminated(VOLTCELL_LAB, LAB, JUN_30_2026),
                            new UnitSpaceReleased(LAB, VOLTCELL_LAB, JUN_30_2026));
        }

        @Test
        void terminationFreesTheAreaForALaterLease() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030),
                    terminate(VOLTCELL_LAB, JUN_30_2026));

            assertThat(
                            whenRefused(
                                            sign(
                                                    DRIVE_SYSTEMS_LAB,
                                                    DRIVE_SYSTEMS,
                                                    LAB,
                                                    "600.00",
                                                    JUN_30_2026,
                                                    END_2030))
                                    .code())
                    .isEqualTo("UNIT_ALREADY_LEASED");
            assertThat(
                            when(
                                    sign(
                                            DRIVE_SYSTEMS_LAB,
                                            DRIVE_SYSTEMS,
                                            LAB,
                                            "600.00",
                                            JUL_2026,
                                            END_2030)))
                    .hasSize(2);
        }

        @Test
        void terminationReleasesAnAreaGrownByAnAmendment() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "300.00", JAN_2026, END_2030),
                    amendArea(VOLTCELL_LAB, JAN_2027, "600.00"),
                    terminate(VOLTCELL_LAB, DEC_31_2026));

            assertThat(
                            when(
                                    sign(
                                            DRIVE_SYSTEMS_LAB,
                                            DRIVE_SYSTEMS,
                                            LAB,
                                            "600.00",
                                            JAN_2027,
                                            END_2030)))
                    .hasSize(2);
        }

        @Test
        void terminatingOnTheLeasesLastDayIsAllowed() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030));

            assertThat(when(terminate(VOLTCELL_LAB, END_2030))).hasSize(2);
        }

        @Test
        void terminatingBeforeTheLeaseStartsIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JUL_2026, END_2030));

            RuleViolation refusal = whenRefused(terminate(VOLTCELL_LAB, JUN_30_2026));

            assertThat(refusal.code()).isEqualTo("DATE_OUTSIDE_LEASE");
        }

        @Test
        void terminatingAfterTheLeaseEndsIsRejected() {
            given(sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, DEC_31_2026));

            RuleViolation refusal = whenRefused(terminate(VOLTCELL_LAB, JAN_2027));

            assertThat(refusal.code()).isEqualTo("DATE_OUTSIDE_LEASE");
        }

        @Test
        void terminatingALeaseTwiceIsRejected() {
            given(
                    sign(VOLTCELL_LAB, VOLTCELL, LAB, "600.00", JAN_2026, END_2030),
                    terminate(VOLTCELL_LAB, DEC_31_2026));

            RuleViolation refusal = whenRefused(terminate(VOLTCELL_LAB, JUN_30_2026));

            assertThat(refusal.code()).isEqualTo("LEASE_TERMINATED");
        }
    }
}
