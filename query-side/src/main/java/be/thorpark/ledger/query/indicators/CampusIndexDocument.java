package be.thorpark.ledger.query.indicators;

import java.util.List;

/**
 * The ids of every fact the indicators view keeps, so an answer reads each document by exact key;
 * {@link IndicatorsCodec} maps it to and from the stored document.
 *
 * @param jobTenantIds the tenants with job registrations
 */
record CampusIndexDocument(
        List<String> tenantIds,
        List<String> unitIds,
        List<String> leaseIds,
        List<String> jobTenantIds) {

    CampusIndexDocument {
        tenantIds = List.copyOf(tenantIds);
        unitIds = List.copyOf(unitIds);
        leaseIds = List.copyOf(leaseIds);
        jobTenantIds = List.copyOf(jobTenantIds);
    }
}
