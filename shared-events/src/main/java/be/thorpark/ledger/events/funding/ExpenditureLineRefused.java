package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import org.axonframework.serialization.Revision;

/** The Management Authority refused a line as ineligible, with its reason. */
@Revision("1")
public record ExpenditureLineRefused(
        ProgrammeId programmeId, ReportId reportId, LineId lineId, String refusal) {}
