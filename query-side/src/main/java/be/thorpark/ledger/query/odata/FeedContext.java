package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;

/**
 * What one request reads: the view documents (live or as of a past position), the position they
 * reflect and the business date the computed figures are for.
 */
record FeedContext(ViewWriter source, long position, LocalDate date) {}
