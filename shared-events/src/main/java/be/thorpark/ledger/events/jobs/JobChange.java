package be.thorpark.ledger.events.jobs;

/** Whether registered jobs were created or ended. */
public enum JobChange {
    CREATED,
    ENDED
}
