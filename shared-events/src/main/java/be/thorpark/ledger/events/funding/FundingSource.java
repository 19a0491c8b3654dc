package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.Money;

/** One source of a programme and the amount it committed. */
public record FundingSource(SourceCode code, String name, Money committed) {
}
