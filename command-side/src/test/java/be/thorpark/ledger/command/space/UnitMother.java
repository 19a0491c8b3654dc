package be.thorpark.ledger.command.space;

import be.thorpark.ledger.events.space.UnitRegistered;

/** Commands of the unit, for tests outside its package that need registered units. */
public final class UnitMother {

    private UnitMother() {}

    /** The command that registers the unit this event describes. */
    public static Object register(UnitRegistered unit) {
        return new RegisterUnit(
                unit.unitId(),
                unit.building(),
                unit.code(),
                unit.type(),
                unit.area(),
                unit.availableFrom());
    }
}
