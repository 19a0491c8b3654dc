package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The Management Authority rejected a report, with remarks the promoter can act on. */
@Revision("1")
public record ProgressReportRejected(ProgrammeId programmeId, ReportId reportId, String remarks) {
}
