package be.thorpark.ledger.query.indicators;

/**
 * A tenant as the indicators count it: its enterprise number and profile, and the position of its
 * registration; {@link IndicatorsCodec} maps it to and from the stored document.
 *
 * @param enterpriseNumber formatted, null for a tenant registered without one
 */
record IndicatorTenantDocument(
        String id,
        String tenantId,
        String name,
        String enterpriseNumber,
        String profile,
        long registeredPosition) {

    /** The enterprise it counts as: a tenant without an enterprise number is one of its own. */
    String enterprise() {
        return enterpriseNumber != null ? enterpriseNumber : "tenant " + id;
    }
}
