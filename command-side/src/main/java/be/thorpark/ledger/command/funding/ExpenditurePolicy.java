package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.command.funding.FundingCommands.DeclareLine;
import be.thorpark.ledger.command.funding.FundingProgramme.Report;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.Supplier;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.util.Locale;
import java.util.Map;

/**
 * When an invoice may be declared on a report: only on a financial report that is a draft or was
 * rejected (once submitted, its lines are what the Management Authority reviews), with evidence, an
 * eligible amount within the invoice amount, and never an invoice of the same supplier that another
 * line of the programme already declares.
 */
final class ExpenditurePolicy {

    private ExpenditurePolicy() {}

    static void requireDeclarable(
            DeclareLine command,
            Report report,
            Map<String, ExpenditureLine> lines,
            Map<String, String> declaredInvoices) {
        if (report.kind() != ReportKind.FINANCIAL) {
            throw new RuleViolation(
                    ProblemCode.LINES_ONLY_ON_FINANCIAL_REPORTS,
                    "Report "
                            + command.reportId()
                            + " is a "
                            + report.kind()
                            + " report; expenditure is declared on a FINANCIAL report.");
        }
        if (!report.linesOpen()) {
            throw frozen(command.reportId(), report);
        }
        if (lines.containsKey(command.lineId().value())) {
            throw new RuleViolation(
                    ProblemCode.LINE_ALREADY_DECLARED,
                    "Line " + command.lineId() + " was declared already.");
        }
        if (command.declaredEligible().compareTo(command.amountExclVat()) > 0) {
            throw new RuleViolation(
                    ProblemCode.ELIGIBLE_ABOVE_INVOICE,
                    "The declared eligible amount "
                            + command.declaredEligible()
                            + " exceeds the invoice amount excluding VAT "
                            + command.amountExclVat()
                            + ".");
        }
        if (command.evidence() == null || command.evidence().isEmpty()) {
            throw new RuleViolation(
                    ProblemCode.EVIDENCE_REQUIRED,
                    "A line is declared with its evidence: at least "
                            + "the invoice, uploaded to /api/evidence and named by its sha256.");
        }
        String existing =
                declaredInvoices.get(invoiceKey(command.supplier(), command.invoiceNumber()));
        if (existing != null) {
            throw new RuleViolation(
                            ProblemCode.INVOICE_ALREADY_DECLARED,
                            "Invoice "
                                    + command.invoiceNumber()
                                    + " of "
                                    + command.supplier().vatNumber()
                                    + " is declared already, on line "
                                    + existing
                                    + " of report "
                                    + lines.get(existing).reportId()
                                    + "; an invoice is declared once.")
                    .with("lineId", existing)
                    .with("reportId", lines.get(existing).reportId());
        }
    }

    static RuleViolation frozen(ReportId reportId, Report report) {
        return new RuleViolation(
                ProblemCode.REPORT_LINES_FROZEN,
                "Report "
                        + reportId
                        + " is "
                        + report.status()
                        + "; its lines change only while it is a draft or after a rejection.");
    }

    /**
     * One invoice of one supplier, however its number was typed: case, spaces and separators do not
     * count.
     */
    static String invoiceKey(Supplier supplier, String invoiceNumber) {
        return supplier.vatNumber()
                + "|"
                + invoiceNumber.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s./-]", "");
    }
}
