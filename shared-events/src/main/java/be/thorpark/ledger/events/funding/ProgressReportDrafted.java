package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import org.axonframework.serialization.Revision;

/**
 * The promoter opened a report as a draft, to declare its expenditure lines before submitting it.
 */
@Revision("1")
public record ProgressReportDrafted(
        ProgrammeId programmeId,
        ReportId reportId,
        ReportKind kind,
        Period period,
        String summary) {}
