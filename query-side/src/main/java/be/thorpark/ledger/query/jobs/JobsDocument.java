package be.thorpark.ledger.query.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One tenant's job registrations as the jobs view keeps them, each as recorded; {@link JobsCodec}
 * maps it to and from the stored document.
 *
 * @param tenantName null until the tenant's registration has reached the view
 */
public record JobsDocument(
        String id, String tenantId, String tenantName, List<Registration> registrations) {

    /** One registration: jobs created or ended, counting from its effective date. */
    public record Registration(
            String change,
            long count,
            String category,
            LocalDate effectiveDate,
            long position,
            Instant recordedAt) {

        public boolean created() {
            return "CREATED".equals(change);
        }

        /** Whether the registration counts on {@code date}: it took effect on or before it. */
        public boolean countsOn(LocalDate date) {
            return !effectiveDate.isAfter(date);
        }
    }

    public JobsDocument {
        registrations = List.copyOf(registrations);
    }
}
