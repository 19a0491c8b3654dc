package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A requested disbursement was paid on {@code paidOn}. */
@Revision("1")
public record DisbursementPaid(
        ProgrammeId programmeId,
        DisbursementId disbursementId,
        SourceCode source,
        Money amount,
        LocalDate paidOn) {}
