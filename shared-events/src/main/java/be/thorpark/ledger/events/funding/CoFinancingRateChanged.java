package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import org.axonframework.serialization.Revision;

/** A source's co-financing rate was set or changed before anything was claimed from it. */
@Revision("1")
public record CoFinancingRateChanged(ProgrammeId programmeId, SourceCode source, Rate rate) {}
