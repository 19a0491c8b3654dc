package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import org.axonframework.serialization.Revision;

/** The promoter resubmitted a rejected report with a revised summary. */
@Revision("1")
public record ProgressReportResubmitted(
        ProgrammeId programmeId, ReportId reportId, String summary) {}
