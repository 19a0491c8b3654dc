package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.events.SealedText;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * One tenant as the tenant directory keeps it; {@link TenantCodec} maps it to and from the stored
 * document. The contact person stays sealed here: it is opened only when a tenant is answered, and
 * never once erased.
 *
 * @param tenantId null until the tenant's registration has reached the view
 * @param registeredAt as stored (a BSON date)
 */
public record TenantDocument(
        String id,
        String tenantId,
        String name,
        String enterpriseNumber,
        String profile,
        String sector,
        SealedContact contact,
        Date registeredAt,
        LocalDate arrivalDate,
        LocalDate departureDate,
        List<String> erasedPersonIds,
        List<Job> jobs,
        long version,
        long position) {

    record SealedContact(String personId, SealedText name, SealedText email) {}

    /** One job registration as recorded; {@code change} is {@code CREATED} or {@code ENDED}. */
    public record Job(
            String change, long count, String category, LocalDate effectiveDate, long position) {}

    public TenantDocument {
        erasedPersonIds = List.copyOf(erasedPersonIds);
        jobs = List.copyOf(jobs);
    }

    boolean registered() {
        return tenantId != null;
    }

    boolean erased(String personId) {
        return personId != null && erasedPersonIds.contains(personId);
    }
}
