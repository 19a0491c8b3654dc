package be.thorpark.ledger.command.http;

/**
 * What every accepted command answers: the entity, its new 1-based version, and the global position
 * of the last event appended (the position a reader passes as {@code minPosition} to read its own
 * write).
 */
public record CommandResult(String id, long version, long position) {}
