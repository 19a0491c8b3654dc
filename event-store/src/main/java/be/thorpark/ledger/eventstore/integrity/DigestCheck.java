package be.thorpark.ledger.eventstore.integrity;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.StoredEvent;
import java.security.PublicKey;
import java.util.List;

/**
 * Proves that the stored history extends an earlier signed digest unchanged, or names where it does
 * not. A history rewritten with freshly recomputed hashes passes the chain check but fails here:
 * its hash at the digest's position is no longer the signed one.
 */
public final class DigestCheck {

    private final EventLog log;
    private final HistoryVerifier verifier;

    public DigestCheck(EventLog log) {
        this.log = log;
        this.verifier = new HistoryVerifier(log);
    }

    public Outcome check(SignedDigest digest, PublicKey key) {
        return digest.signatureValid(key) ? check(digest, key, verifier.verify()) : refused(digest);
    }

    /**
     * The check against a verification of the chain made just before, so a caller that has one
     * walks once.
     */
    public Outcome check(SignedDigest digest, PublicKey key, VerificationResult chain) {
        if (!digest.signatureValid(key)) {
            return refused(digest);
        }
        if (!chain.valid() && chain.firstBrokenPosition() <= digest.headPosition()) {
            return Outcome.broken(
                    digest,
                    chain,
                    chain.firstBrokenPosition(),
                    "The stored history is broken at "
                            + "position "
                            + chain.firstBrokenPosition()
                            + " ("
                            + chain.problem()
                            + "): "
                            + chain.detail());
        }
        if (chain.headPosition() < digest.headPosition()) {
            long missing = chain.headPosition() + 1;
            return Outcome.broken(
                    digest,
                    chain,
                    missing,
                    "The history now ends at position "
                            + chain.headPosition()
                            + ", before position "
                            + digest.headPosition()
                            + " named by the digest: positions from "
                            + missing
                            + " on were removed");
        }
        List<StoredEvent> atDigest = log.readAfter(digest.headPosition() - 1, 1);
        if (digest.headPosition() > 0 && atDigest.isEmpty()) {
            return Outcome.broken(
                    digest,
                    chain,
                    digest.headPosition(),
                    "Position "
                            + digest.headPosition()
                            + " named by the digest is no longer stored: the history was cut back");
        }
        String hashNow =
                digest.headPosition() == 0
                        ? be.thorpark.ledger.eventstore.HashChain.GENESIS
                        : atDigest.get(0).hash();
        if (!hashNow.equals(digest.headHash())) {
            return Outcome.broken(
                    digest,
                    chain,
                    digest.headPosition(),
                    "The history up to position "
                            + digest.headPosition()
                            + " differs from the one the digest signed: it was rewritten at or "
                            + "before that position, hashes included");
        }
        return new Outcome(
                true,
                true,
                digest.headPosition(),
                chain.headPosition(),
                chain.firstBrokenPosition(),
                chain.valid()
                        ? "Today's history extends the digest unchanged"
                        : "The history extends the digest unchanged, but is broken after it at"
                                + " position "
                                + chain.firstBrokenPosition());
    }

    private static Outcome refused(SignedDigest digest) {
        return Outcome.refused(
                digest,
                "The digest's signature does not verify with the ledger's public key: it "
                        + "was not issued by this ledger, or it was altered");
    }

    /**
     * @param extendsDigest whether the history up to the digest's position is exactly the signed
     *     one
     * @param signatureValid whether the digest was signed by this ledger's key
     * @param digestPosition the digest's head position
     * @param currentHeadPosition the last position verified today
     * @param firstMismatch the first position known not to match, or null; when the digest is
     *     extended, the first broken position after it, if any
     * @param detail a sentence for the auditor
     */
    public record Outcome(
            boolean extendsDigest,
            boolean signatureValid,
            long digestPosition,
            long currentHeadPosition,
            Long firstMismatch,
            String detail) {

        static Outcome refused(SignedDigest digest, String detail) {
            return new Outcome(false, false, digest.headPosition(), 0, null, detail);
        }

        static Outcome broken(
                SignedDigest digest, VerificationResult chain, long position, String detail) {
            return new Outcome(
                    false, true, digest.headPosition(), chain.headPosition(), position, detail);
        }
    }
}
