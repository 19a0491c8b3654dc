package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A disbursement was requested from one source on a business date; ERDF requests name the approved
 * report covering their period. Revision 1 had no {@code requestedOn}.
 */
@Revision("2")
public record DisbursementRequested(
        ProgrammeId programmeId,
        DisbursementId disbursementId,
        SourceCode source,
        Money amount,
        ReportId reportId,
        Period period,
        LocalDate requestedOn) {

    /** A request as revision 1 recorded it, without its business date. */
    public DisbursementRequested(
            ProgrammeId programmeId,
            DisbursementId disbursementId,
            SourceCode source,
            Money amount,
            ReportId reportId,
            Period period) {
        this(programmeId, disbursementId, source, amount, reportId, period, null);
    }
}
