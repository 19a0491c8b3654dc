package be.thorpark.ledger.events.tenant;

/** The kind of company a tenant is. */
public enum TenantProfile {
    START_UP,
    SCALE_UP,
    ESTABLISHED,
    SERVICE_PROVIDER
}
