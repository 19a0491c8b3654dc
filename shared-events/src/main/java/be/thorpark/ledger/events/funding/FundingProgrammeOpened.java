package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import org.axonframework.serialization.Revision;

/**
 * A funding programme was opened with its sources, their commitments and co-financing rates
 * (revision 1 had no rates).
 */
@Revision("2")
public record FundingProgrammeOpened(
        ProgrammeId programmeId, String name, java.util.List<FundingSource> sources) {}
