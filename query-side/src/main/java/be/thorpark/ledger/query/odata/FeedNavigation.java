package be.thorpark.ledger.query.odata;

/**
 * A navigation from each entity of a set to a collection of entities of {@code target} (tenant to
 * leases).
 */
record FeedNavigation(String name, String target) {}
