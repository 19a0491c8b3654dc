package be.thorpark.ledger.query.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * One programme as the claims view keeps it: its source codes and every approval with the eligible
 * costs it approved; {@link ClaimsCodec} maps it to and from the stored document.
 *
 * @param programmeId null until the programme's opening has reached the view
 */
public record ClaimsProgrammeDocument(
        String id,
        String programmeId,
        String name,
        List<String> sources,
        long approvedEligibleCents,
        List<Approval> approvals,
        long position) {

    /** One approved report: its decision date, the eligible costs approved and its position. */
    public record Approval(
            String reportId, LocalDate decidedOn, long approvedEligibleCents, long position) {}

    public ClaimsProgrammeDocument {
        sources = List.copyOf(sources);
        approvals = List.copyOf(approvals);
    }

    public boolean opened() {
        return programmeId != null;
    }
}
