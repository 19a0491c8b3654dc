package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Rate;

/**
 * One source of a programme, the amount it committed and, for a grant that co-finances declared
 * costs such as ERDF, its co-financing rate (absent for sources that are not paid on declared
 * costs).
 */
public record FundingSource(SourceCode code, String name, Money committed, Rate coFinancingRate) {

    public FundingSource(SourceCode code, String name, Money committed) {
        this(code, name, committed, null);
    }
}
