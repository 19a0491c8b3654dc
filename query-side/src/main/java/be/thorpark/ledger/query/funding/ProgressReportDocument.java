package be.thorpark.ledger.query.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One progress report with its review trail, as the funding view keeps it; {@link FundingCodec}
 * maps it to and from the stored document.
 *
 * @param reportId null until the report's first event has reached the view
 */
public record ProgressReportDocument(
        String id,
        String programmeId,
        String reportId,
        String kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        String summary,
        Instant submittedAt,
        List<Step> trail,
        long position) {

    /** One step of the review: its action, the summary or remarks it came with, and when. */
    public record Step(String action, String summary, String remarks, Instant at, long position) {}

    public ProgressReportDocument {
        trail = List.copyOf(trail);
    }

    /** The steps in the order they happened. */
    public List<Step> trailInOrder() {
        return trail.stream().sorted(Comparator.comparingLong(Step::position)).toList();
    }

    /** The last step's action; SUBMITTED before any step. */
    public String status() {
        List<Step> steps = trailInOrder();
        return steps.isEmpty() ? "SUBMITTED" : steps.get(steps.size() - 1).action();
    }
}
