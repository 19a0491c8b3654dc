package be.thorpark.ledger.command.lease;

import static be.thorpark.ledger.command.CampusMother.BATTERY_START_UP;
import static be.thorpark.ledger.command.CampusMother.ENGINEERING_FIRM;
import static org.assertj.core.api.Assertions.assertThat;

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
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitType;
import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseProjection;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.space.SpaceProjection;
import be.thorpark.ledger.query.tenant.TenantProjection;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.bson.Document;

/**
 * Leases on one unit signed, amended in any order of effective dates (backdated ones included) and
 * terminated at random: on every day, the area the unit counts (command side) equals what each view
 * that reads lease terms shows (units and occupancy, lease register, tenant directory), and neither
 * ever exceeds the unit's area.
 */
class LeaseAmendmentsPropertyTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 4 * 365;
    private static final AreaM2 HALL_AREA_M2 = AreaM2.parse("1000.00");
    private static final List<TenantId> TENANTS =
            List.of(BATTERY_START_UP.tenantId(), ENGINEERING_FIRM.tenantId());
    private static final BigDecimal HALL_AREA = HALL_AREA_M2.toBigDecimal();
    private static final List<Projection> VIEWS =
            List.of(new SpaceProjection(), new LeaseProjection(), new TenantProjection());

    private static MongoServer server;
    private static MongoClient client;
    private static Configuration config;
    private static volatile ViewWriter views;
    private static final AtomicInteger halls = new AtomicInteger();
    private static final AtomicInteger backdatedAccepted = new AtomicInteger();

    sealed interface Step {}

    /** A new lease; {@code lease} picks its tenant. */
    record Sign(int lease, int area, int startDay, int days) implements Step {}

    /**
     * An amendment of one of the leases signed so far ({@code lease} modulo their number),
     * effective at {@code effectivePermille} of its signed term; a new end date {@code endDays}
     * after the effective date, or none.
     */
    record Amend(int lease, int effectivePermille, Integer area, Integer endDays) implements Step {}

    record Terminate(int lease, int lastDayPermille) implements Step {}

    private record Signed(LeaseId id, LocalDate start, LocalDate end) {
        LocalDate at(int permille) {
            return start.plusDays((end.toEpochDay() - start.toEpochDay()) * permille / 1000);
        }
    }

    @BeforeContainer
    static void startCampus() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        views = freshViews();
        config = campus();
    }

    @AfterContainer
    static void stopCampusAndCheckTheHistoriesWereNotTrivial() {
        config.shutdown();
        client.close();
        server.shutdownNow();
        assertThat(backdatedAccepted.get())
                .as("accepted amendments effective before an earlier-recorded one")
                .isGreaterThan(10);
    }

    @Property(tries = 40)
    void theUnitAndEveryViewAgreeOnEveryDayAndNeverExceedTheUnitsArea(
            @ForAll("histories") List<Step> history) {
        // Each try leases a hall of its own, its views in a fresh database.
        views = freshViews();
        String code = "PH-" + halls.incrementAndGet();
        UnitRegistered hall =
                new UnitRegistered(
                        UnitId.forCode("Phase 0", code),
                        "Phase 0",
                        code,
                        UnitType.PRODUCTION_HALL,
                        HALL_AREA_M2,
                        FIRST_DAY);
        config.commandGateway().sendAndWait(UnitMother.register(hall));
        List<Signed> leases = new ArrayList<>();
        Map<LeaseId, List<LocalDate>> effectiveDates = new HashMap<>();
        for (Step step : history) {
            run(hall.unitId(), step, leases, effectiveDates);
        }
        List<Document> unitLeases =
                views.collection(SpaceProjection.UNIT_LEASES).find().into(new ArrayList<>());
        List<Document> register =
                views.collection(LeaseProjection.LEASES).find().into(new ArrayList<>());
        List<Document> tenantLeases =
                views.collection(TenantProjection.TENANT_LEASES).find().into(new ArrayList<>());
        List<BigDecimal> unitSays =
                DefaultUnitOfWork.startAndGet(null)
                        .executeWithResult(
                                () ->
                                        config.repository(Unit.class)
                                                .load(hall.unitId().value())
                                                .invoke(
                                                        unit -> {
                                                            List<BigDecimal> leased =
                                                                    new ArrayList<>();
                                                            for (int day = 0; day < DAYS; day++) {
                                                                leased.add(
                                                                        unit.leasedOn(
                                                                                        FIRST_DAY
                                                                                                .plusDays(
                                                                                                        day))
                                                                                .toBigDecimal());
                                                            }
                                                            return leased;
                                                        }))
                        .getPayload();
        List<String> wrongDays = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            BigDecimal units = leasedOn(unitLeases, hall.unitId(), date);
            BigDecimal leaseRegister = leasedOn(register, hall.unitId(), date);
            BigDecimal tenants = leasedOn(tenantLeases, hall.unitId(), date);
            if (units.compareTo(HALL_AREA) > 0
                    || units.compareTo(unitSays.get(day)) != 0
                    || leaseRegister.compareTo(units) != 0
                    || tenants.compareTo(units) != 0) {
                wrongDays.add(
                        date
                                + ": unit "
                                + unitSays.get(day)
                                + ", units view "
                                + units
                                + ", lease register "
                                + leaseRegister
                                + ", tenant directory "
                                + tenants);
            }
        }
        assertThat(wrongDays)
                .as("days on which a view exceeds %s m2 or disagrees with the unit", HALL_AREA)
                .isEmpty();
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Integer> lease = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> area = Arbitraries.integers().between(1, 20).map(n -> n * 50);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, DAYS - 1);
        Arbitrary<Step> sign =
                Combinators.combine(lease, area, day, Arbitraries.integers().between(30, DAYS))
                        .as(Sign::new);
        Arbitrary<Integer> permille = Arbitraries.integers().between(0, 1000);
        Arbitrary<Step> amend =
                Combinators.combine(
                                lease,
                                permille,
                                area.injectNull(0.4),
                                Arbitraries.integers().between(0, DAYS / 2).injectNull(0.5))
                        .as(Amend::new);
        Arbitrary<Step> terminate = Combinators.combine(lease, permille).as(Terminate::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(2, sign), Tuple.of(7, amend), Tuple.of(1, terminate))
                .list()
                .ofMinSize(3)
                .ofMaxSize(14);
    }

    private static void run(
            UnitId hall,
            Step step,
            List<Signed> leases,
            Map<LeaseId, List<LocalDate>> effectiveDates) {
        Object command;
        if (step instanceof Sign s) {
            Signed signed =
                    new Signed(
                            LeaseId.random(), day(s.startDay()), day(s.startDay() + s.days() - 1));
            leases.add(signed);
            command =
                    new SignLease(
                            signed.id(),
                            TENANTS.get(s.lease() % 2),
                            hall,
                            AreaM2.squareMetres(s.area()),
                            signed.start(),
                            signed.end(),
                            Money.parse("1000.00"));
        } else if (leases.isEmpty()) {
            return;
        } else if (step instanceof Amend a) {
            Signed lease = leases.get(a.lease() % leases.size());
            LocalDate effective = lease.at(a.effectivePermille());
            command =
                    new AmendLease(
                            lease.id(),
                            effective,
                            a.area() == null ? null : AreaM2.squareMetres(a.area()),
                            a.area() == null ? Money.parse("900.00") : null,
                            a.endDays() == null ? null : effective.plusDays(a.endDays()),
                            null);
        } else {
            Terminate t = (Terminate) step;
            Signed lease = leases.get(t.lease() % leases.size());
            command = new TerminateLease(lease.id(), lease.at(t.lastDayPermille()), null);
        }
        try {
            config.commandGateway().sendAndWait(command);
        } catch (RuleViolation | AggregateNotFoundException refused) {
            return;
        }
        if (command instanceof AmendLease amend) {
            List<LocalDate> earlier =
                    effectiveDates.computeIfAbsent(amend.leaseId(), l -> new ArrayList<>());
            if (earlier.stream().anyMatch(date -> date.isAfter(amend.effectiveDate()))) {
                backdatedAccepted.incrementAndGet();
            }
            earlier.add(amend.effectiveDate());
        }
    }

    private static LocalDate day(int offset) {
        return FIRST_DAY.plusDays(offset);
    }

    private static BigDecimal leasedOn(List<Document> leases, UnitId hall, LocalDate date) {
        BigDecimal leased = BigDecimal.ZERO;
        for (Document lease : leases) {
            if (hall.value().equals(lease.getString("unitId"))) {
                leased =
                        leased.add(
                                LeaseCodec.decode(lease)
                                        .activeOn(date)
                                        .map(LeaseTimeline.Terms::area)
                                        .orElse(BigDecimal.ZERO));
            }
        }
        return leased;
    }

    /**
     * The command side in memory, every stored event fed at once to the views as a tracking
     * processor would.
     */
    private static ViewWriter freshViews() {
        return new ViewWriter(
                client.getDatabase("v" + UUID.randomUUID().toString().replace("-", "")), "v1_");
    }

    private static Configuration campus() {
        Configuration config =
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
        AtomicInteger position = new AtomicInteger();
        config.eventBus()
                .subscribe(
                        batch ->
                                batch.forEach(
                                        message -> {
                                            DomainEventMessage<?> event =
                                                    (DomainEventMessage<?>) message;
                                            ViewEvent viewEvent =
                                                    new ViewEvent(
                                                            position.incrementAndGet(),
                                                            event.getAggregateIdentifier(),
                                                            event.getSequenceNumber(),
                                                            event.getTimestamp(),
                                                            event.getPayload());
                                            VIEWS.forEach(view -> view.apply(viewEvent, views));
                                        }));
        config.commandGateway().sendAndWait(TenantMother.register(BATTERY_START_UP));
        config.commandGateway().sendAndWait(TenantMother.register(ENGINEERING_FIRM));
        return config;
    }
}
