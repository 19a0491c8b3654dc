package be.thorpark.ledger.query.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * One progress report as the claims view keeps it: its status, the decision on it and the ids of
 * its current lines; {@link ClaimsCodec} maps it to and from the stored document.
 *
 * @param reportId null until the report's drafting or submission has reached the view
 * @param approvedEligibleCents null unless the report was approved
 * @param decisionPosition null unless the report was approved
 */
public record ClaimsReportDocument(
        String id,
        String programmeId,
        String reportId,
        String kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        String status,
        LocalDate decidedOn,
        Long approvedEligibleCents,
        String remarks,
        Long decisionPosition,
        List<String> lineIds,
        List<Step> trail) {

    /** One step of the report's history: its status or action and its position. */
    public record Step(String action, long position) {}

    public ClaimsReportDocument {
        lineIds = List.copyOf(lineIds);
        trail = List.copyOf(trail);
    }

    public boolean filed() {
        return reportId != null;
    }
}
