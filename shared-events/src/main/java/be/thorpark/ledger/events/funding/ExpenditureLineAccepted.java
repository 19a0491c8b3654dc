package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import org.axonframework.serialization.Revision;

/** The Management Authority accepted a line with an eligible amount of at most the declared one. */
@Revision("1")
public record ExpenditureLineAccepted(
        ProgrammeId programmeId,
        ReportId reportId,
        LineId lineId,
        Money acceptedEligible,
        String remarks) {}
