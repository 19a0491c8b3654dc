package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The Management Authority rejected a report on a business date, with remarks the promoter can act
 * on. Revision 1 had no {@code decidedOn}.
 */
@Revision("2")
public record ProgressReportRejected(
        ProgrammeId programmeId, ReportId reportId, String remarks, LocalDate decidedOn) {

    /** A rejection as revision 1 recorded it, without its decision date. */
    public ProgressReportRejected(ProgrammeId programmeId, ReportId reportId, String remarks) {
        this(programmeId, reportId, remarks, null);
    }
}
