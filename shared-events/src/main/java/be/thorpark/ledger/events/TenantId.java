package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a tenant company; derived from its enterprise number so that one company is registered
 * once.
 */
public record TenantId(String value) {

    public static final String PREFIX = "tenant-";

    public TenantId {
        EntityIds.require(value, PREFIX);
    }

    @JsonCreator
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    public static TenantId forEnterprise(EnterpriseNumber number) {
        return new TenantId(PREFIX + number.digits());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
