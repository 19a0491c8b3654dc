package be.thorpark.ledger.command.tenant;

import static be.thorpark.ledger.command.CampusMother.BATTERY_START_UP;
import static be.thorpark.ledger.command.CampusMother.SERVICE_DESK;
import static be.thorpark.ledger.command.rules.RuleViolationMatchers.withCode;
import static be.thorpark.ledger.command.tenant.TenantMother.register;

import be.thorpark.ledger.command.jobs.RegisterJobs;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.PersonalDataErased;
import be.thorpark.ledger.events.tenant.TenantArrived;
import be.thorpark.ledger.events.tenant.TenantDeparted;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final TenantId VOLTCELL = BATTERY_START_UP.tenantId();
    private static final LocalDate MOVE_IN = LocalDate.of(2026, 1, 5);
    private static final LocalDate LAST_DAY = LocalDate.of(2029, 12, 31);

    private AggregateTestFixture<Tenant> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Tenant.class);
    }

    private static RegisterJobs jobs(JobChange change, int count, LocalDate date) {
        return new RegisterJobs(VOLTCELL, change, count, "R&D engineers", date, null);
    }

    private static JobsRegistered jobsRegistered(JobChange change, int count, LocalDate date) {
        return new JobsRegistered(VOLTCELL, change, count, "R&D engineers", date);
    }

    @Nested
    class Registration {

        @Test
        void registeringACompanyMakesItAFutureTenant() {
            fixture.givenNoPriorActivity()
                    .when(register(BATTERY_START_UP))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(BATTERY_START_UP);
        }

        @Test
        void registeringACompanyWithAnEnterpriseNumberAlreadyOnRecordIsRejected() {
            fixture.given(BATTERY_START_UP)
                    .when(register(BATTERY_START_UP))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("TENANT_ALREADY_REGISTERED"))
                    .expectExceptionMessage(
                            "A tenant with enterprise number 0403.170.701 is already registered.")
                    .expectNoEvents();
        }
    }

    @Nested
    class ArrivalAndDeparture {

        @Test
        void aRegisteredTenantArrivesOnTheCampus() {
            fixture.given(BATTERY_START_UP)
                    .when(new RecordArrival(VOLTCELL, MOVE_IN, null))
                    .expectEvents(new TenantArrived(VOLTCELL, MOVE_IN));
        }

        @Test
        void recordingASecondArrivalIsRejected() {
            fixture.given(BATTERY_START_UP, new TenantArrived(VOLTCELL, MOVE_IN))
                    .when(new RecordArrival(VOLTCELL, MOVE_IN.plusDays(1), null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("TENANT_ALREADY_ARRIVED"))
                    .expectNoEvents();
        }

        @Test
        void aTenantOnTheCampusDeparts() {
            fixture.given(BATTERY_START_UP, new TenantArrived(VOLTCELL, MOVE_IN))
                    .when(new RecordDeparture(VOLTCELL, LAST_DAY, null))
                    .expectEvents(new TenantDeparted(VOLTCELL, LAST_DAY));
        }

        @Test
        void aTenantMayLeaveOnTheDayItArrived() {
            fixture.given(BATTERY_START_UP, new TenantArrived(VOLTCELL, MOVE_IN))
                    .when(new RecordDeparture(VOLTCELL, MOVE_IN, null))
                    .expectEvents(new TenantDeparted(VOLTCELL, MOVE_IN));
        }

        @Test
        void aDepartureBeforeTheArrivalIsRejected() {
            fixture.given(BATTERY_START_UP, new TenantArrived(VOLTCELL, MOVE_IN))
                    .when(new RecordDeparture(VOLTCELL, MOVE_IN.minusDays(1), null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("DEPARTURE_BEFORE_ARRIVAL"))
                    .expectNoEvents();
        }

        @Test
        void aTenantThatNeverArrivedCannotDepart() {
            fixture.given(BATTERY_START_UP)
                    .when(new RecordDeparture(VOLTCELL, LAST_DAY, null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("TENANT_NOT_ON_CAMPUS"))
                    .expectNoEvents();
        }

        @Test
        void recordingASecondDepartureIsRejected() {
            fixture.given(
                            BATTERY_START_UP,
                            new TenantArrived(VOLTCELL, MOVE_IN),
                            new TenantDeparted(VOLTCELL, LAST_DAY))
                    .when(new RecordDeparture(VOLTCELL, LAST_DAY.plusDays(1), null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("TENANT_ALREADY_DEPARTED"))
                    .expectNoEvents();
        }

        @Test
        void aDepartedTenantCannotArriveAgain() {
            fixture.given(
                            BATTERY_START_UP,
                            new TenantArrived(VOLTCELL, MOVE_IN),
                            new TenantDeparted(VOLTCELL, LAST_DAY))
                    .when(new RecordArrival(VOLTCELL, LAST_DAY.plusMonths(1), null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("TENANT_ALREADY_ARRIVED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Jobs {

        @Test
        void aTenantRegistersTheJobsItCreated() {
            fixture.given(BATTERY_START_UP, new TenantArrived(VOLTCELL, MOVE_IN))
                    .when(jobs(JobChange.CREATED, 12, MOVE_IN))
                    .expectEvents(jobsRegistered(JobChange.CREATED, 12, MOVE_IN));
        }

        @Test
        void aTenantEndsNoMoreJobsThanItRegistered() {
            fixture.given(BATTERY_START_UP, jobsRegistered(JobChange.CREATED, 12, MOVE_IN))
                    .when(jobs(JobChange.ENDED, 12, MOVE_IN.plusYears(1)))
                    .expectEvents(jobsRegistered(JobChange.ENDED, 12, MOVE_IN.plusYears(1)));
        }

        @Test
        void endingMoreJobsThanTheNetRegisteredIsRejected() {
            fixture.given(
                            BATTERY_START_UP,
                            jobsRegistered(JobChange.CREATED, 12, MOVE_IN),
                            jobsRegistered(JobChange.ENDED, 5, MOVE_IN.plusMonths(6)))
                    .when(jobs(JobChange.ENDED, 8, MOVE_IN.plusYears(1)))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("JOBS_BELOW_ZERO"))
                    .expectExceptionMessage("Voltcell Labs has 7 registered jobs; 8 cannot end.")
                    .expectNoEvents();
        }

        @Test
        void jobsCreatedAfterTheDepartureAreRejected() {
            fixture.given(
                            BATTERY_START_UP,
                            new TenantArrived(VOLTCELL, MOVE_IN),
                            new TenantDeparted(VOLTCELL, LAST_DAY))
                    .when(jobs(JobChange.CREATED, 3, LAST_DAY.plusDays(1)))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("JOBS_AFTER_DEPARTURE"))
                    .expectNoEvents();
        }

        @Test
        void jobsCreatedOnTheLastDayOnTheCampusStillCount() {
            fixture.given(
                            BATTERY_START_UP,
                            new TenantArrived(VOLTCELL, MOVE_IN),
                            new TenantDeparted(VOLTCELL, LAST_DAY))
                    .when(jobs(JobChange.CREATED, 3, LAST_DAY))
                    .expectEvents(jobsRegistered(JobChange.CREATED, 3, LAST_DAY));
        }

        @Test
        void jobsEndedAfterTheDepartureAreStillRegistered() {
            fixture.given(
                            BATTERY_START_UP,
                            new TenantArrived(VOLTCELL, MOVE_IN),
                            jobsRegistered(JobChange.CREATED, 12, MOVE_IN),
                            new TenantDeparted(VOLTCELL, LAST_DAY))
                    .when(jobs(JobChange.ENDED, 12, LAST_DAY.plusDays(1)))
                    .expectEvents(jobsRegistered(JobChange.ENDED, 12, LAST_DAY.plusDays(1)));
        }
    }

    @Nested
    class PersonalData {

        @Test
        void erasingTheContactPersonRecordsWhoseKeyIsDestroyed() {
            fixture.given(BATTERY_START_UP)
                    .when(new ErasePersonalData(VOLTCELL, null))
                    .expectEvents(
                            new PersonalDataErased(
                                    VOLTCELL, BATTERY_START_UP.contact().personId()));
        }

        @Test
        void erasingPersonalDataOfATenantWithoutAContactPersonIsRejected() {
            fixture.given(SERVICE_DESK)
                    .when(new ErasePersonalData(SERVICE_DESK.tenantId(), null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("NO_PERSONAL_DATA"))
                    .expectNoEvents();
        }

        @Test
        void erasingTheSameContactPersonTwiceIsRejected() {
            fixture.given(
                            BATTERY_START_UP,
                            new PersonalDataErased(VOLTCELL, BATTERY_START_UP.contact().personId()))
                    .when(new ErasePersonalData(VOLTCELL, null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("PERSONAL_DATA_ALREADY_ERASED"))
                    .expectNoEvents();
        }
    }
}
