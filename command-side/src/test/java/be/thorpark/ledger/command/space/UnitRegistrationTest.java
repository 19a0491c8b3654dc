package be.thorpark.ledger.command.space;

import static be.thorpark.ledger.command.CampusMother.LAB_1;
import static be.thorpark.ledger.command.CampusMother.PHASE_ONE;
import static be.thorpark.ledger.command.CampusMother.PHASE_ONE_OPENS;
import static be.thorpark.ledger.command.CampusMother.PRODUCTION_HALL_A;
import static be.thorpark.ledger.command.rules.RuleViolationMatchers.withCode;
import static be.thorpark.ledger.command.space.UnitMother.register;

import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.space.UnitRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitRegistrationTest {

    private AggregateTestFixture<Unit> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    @Test
    void registeringAUnitOfThePhaseOneAddsItToTheCampus() {
        fixture.givenNoPriorActivity()
                .when(register(PRODUCTION_HALL_A))
                .expectSuccessfulHandlerExecution()
                .expectEvents(PRODUCTION_HALL_A);
    }

    @Test
    void registeringTheSameUnitTwiceIsRejected() {
        fixture.given(LAB_1)
                .when(register(LAB_1))
                .expectException(RuleViolation.class)
                .expectException(withCode("UNIT_ALREADY_REGISTERED"))
                .expectExceptionMessage("Unit LAB-1 of building Phase 1 is already registered.")
                .expectNoEvents();
    }

    @Test
    void registeringAUnitWithoutFloorAreaIsRejected() {
        UnitRegistered empty =
                new UnitRegistered(
                        UnitId.forCode(PHASE_ONE, "VOID-1"),
                        PHASE_ONE,
                        "VOID-1",
                        LAB_1.type(),
                        AreaM2.ZERO,
                        PHASE_ONE_OPENS);

        fixture.givenNoPriorActivity()
                .when(register(empty))
                .expectException(RuleViolation.class)
                .expectException(withCode("UNIT_AREA_ZERO"))
                .expectNoEvents();
    }
}
