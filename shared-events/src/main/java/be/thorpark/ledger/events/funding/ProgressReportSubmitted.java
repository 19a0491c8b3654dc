package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import org.axonframework.serialization.Revision;

/** The promoter submitted a progress report for a period. */
@Revision("1")
public record ProgressReportSubmitted(
        ProgrammeId programmeId,
        ReportId reportId,
        ReportKind kind,
        Period period,
        String summary) {}
