package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The promoter declared one invoice as expenditure on a financial report, with its evidence. */
@Revision("1")
public record ExpenditureLineDeclared(
        ProgrammeId programmeId,
        ReportId reportId,
        LineId lineId,
        Supplier supplier,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate paymentDate,
        String description,
        CostCategory category,
        Money amountExclVat,
        Money declaredEligible,
        List<EvidenceDocument> evidence) {}
