package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The Management Authority approved a report. */
@Revision("1")
public record ProgressReportApproved(ProgrammeId programmeId, ReportId reportId, String remarks) {
}
