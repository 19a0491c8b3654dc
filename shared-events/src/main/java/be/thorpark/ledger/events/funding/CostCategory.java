package be.thorpark.ledger.events.funding;

/** The cost categories of an ERDF expenditure declaration. */
public enum CostCategory {
    CONSTRUCTION_WORKS,
    EQUIPMENT,
    STUDIES_AND_FEES,
    OTHER
}
