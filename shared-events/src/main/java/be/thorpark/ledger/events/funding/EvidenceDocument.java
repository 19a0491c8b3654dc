package be.thorpark.ledger.events.funding;

/**
 * A piece of evidence (invoice, proof of payment, procurement file) by the SHA-256 of its bytes,
 * with the name, media type and size it was uploaded with: the hash alone lets an auditor prove
 * that a document is the one declared.
 */
public record EvidenceDocument(String sha256, String fileName, String mediaType, long sizeBytes) {}
