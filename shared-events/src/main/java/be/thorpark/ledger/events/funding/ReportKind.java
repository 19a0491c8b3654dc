package be.thorpark.ledger.events.funding;

/** A progress report on content (progress) or on finances. */
public enum ReportKind {
    CONTENT,
    FINANCIAL
}
