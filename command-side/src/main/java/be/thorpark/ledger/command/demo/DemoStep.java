package be.thorpark.ledger.command.demo;

/**
 * One command of the demo campus with what an auditor reads beside its events.
 *
 * @param story the part of the campus story it belongs to; the commands of one story share a
 *     correlation id
 */
record DemoStep(String story, String reason, Object command) {}
