package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import org.axonframework.serialization.Revision;

/** The promoter withdrew a line from a report that was still a draft or had been rejected. */
@Revision("1")
public record ExpenditureLineWithdrawn(ProgrammeId programmeId, ReportId reportId, LineId lineId) {}
