package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A funding programme was opened with its sources and their commitments. */
@Revision("1")
public record FundingProgrammeOpened(ProgrammeId programmeId, String name, java.util.List<FundingSource> sources) {
}
