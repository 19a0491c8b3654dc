package be.thorpark.ledger.events.space;

/** What a unit is built for. */
public enum UnitType {
    PRODUCTION_HALL,
    LAB,
    OFFICE,
    WORKSHOP,
    STORAGE,
    SHARED,
    OTHER
}
