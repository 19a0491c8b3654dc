package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A disbursement was requested from one source; ERDF requests name the approved report covering their period. */
@Revision("1")
public record DisbursementRequested(ProgrammeId programmeId, DisbursementId disbursementId, SourceCode source, Money amount, ReportId reportId, Period period) {
}
