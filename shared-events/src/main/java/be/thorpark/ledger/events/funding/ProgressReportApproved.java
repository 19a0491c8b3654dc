package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The Management Authority approved a report on a business date, with the total of the eligible
 * amounts it accepted. Revision 1 had neither: read back, such an approval has no {@code decidedOn}
 * and approves nothing for claims.
 */
@Revision("2")
public record ProgressReportApproved(
        ProgrammeId programmeId,
        ReportId reportId,
        String remarks,
        LocalDate decidedOn,
        Money approvedEligible) {

    public ProgressReportApproved {
        approvedEligible = approvedEligible == null ? Money.ZERO : approvedEligible;
    }

    /** An approval as revision 1 recorded it: no decision date and nothing approved for claims. */
    public ProgressReportApproved(ProgrammeId programmeId, ReportId reportId, String remarks) {
        this(programmeId, reportId, remarks, null, Money.ZERO);
    }
}
