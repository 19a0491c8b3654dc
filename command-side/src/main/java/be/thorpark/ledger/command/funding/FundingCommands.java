package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.MeetingId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.CostCategory;
import be.thorpark.ledger.events.funding.EvidenceDocument;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.funding.Supplier;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The commands of a funding programme. */
public final class FundingCommands {

    private FundingCommands() {}

    public record OpenProgramme(
            ProgrammeId programmeId, String name, List<FundingSource> sources) {}

    public record SubmitReport(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            ReportKind kind,
            Period period,
            String summary,
            @TargetAggregateVersion Long expectedVersion) {}

    public record ResubmitReport(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            String summary,
            @TargetAggregateVersion Long expectedVersion) {}

    public record ApproveReport(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            String remarks,
            LocalDate decidedOn,
            @TargetAggregateVersion Long expectedVersion) {

        public ApproveReport(
                ProgrammeId programmeId, ReportId reportId, String remarks, Long expectedVersion) {
            this(programmeId, reportId, remarks, null, expectedVersion);
        }
    }

    public record RejectReport(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            String remarks,
            LocalDate decidedOn,
            @TargetAggregateVersion Long expectedVersion) {

        public RejectReport(
                ProgrammeId programmeId, ReportId reportId, String remarks, Long expectedVersion) {
            this(programmeId, reportId, remarks, null, expectedVersion);
        }
    }

    public record RequestDisbursement(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            DisbursementId disbursementId,
            SourceCode source,
            Money amount,
            ReportId reportId,
            Period period,
            LocalDate requestedOn,
            @TargetAggregateVersion Long expectedVersion) {

        public RequestDisbursement(
                ProgrammeId programmeId,
                DisbursementId disbursementId,
                SourceCode source,
                Money amount,
                ReportId reportId,
                Period period,
                Long expectedVersion) {
            this(
                    programmeId,
                    disbursementId,
                    source,
                    amount,
                    reportId,
                    period,
                    null,
                    expectedVersion);
        }
    }

    public record DraftReport(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            ReportKind kind,
            Period period,
            String summary,
            @TargetAggregateVersion Long expectedVersion) {}

    public record SubmitDraft(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            String summary,
            @TargetAggregateVersion Long expectedVersion) {}

    public record DeclareLine(
            @TargetAggregateIdentifier ProgrammeId programmeId,
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
            List<EvidenceDocument> evidence,
            @TargetAggregateVersion Long expectedVersion) {}

    public record WithdrawLine(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            LineId lineId,
            @TargetAggregateVersion Long expectedVersion) {}

    public record AcceptLine(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            LineId lineId,
            Money acceptedEligible,
            String remarks,
            @TargetAggregateVersion Long expectedVersion) {}

    public record RefuseLine(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            ReportId reportId,
            LineId lineId,
            String refusal,
            @TargetAggregateVersion Long expectedVersion) {}

    public record ChangeCoFinancingRate(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            SourceCode source,
            Rate rate,
            @TargetAggregateVersion Long expectedVersion) {}

    public record PayDisbursement(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            DisbursementId disbursementId,
            LocalDate paidOn,
            @TargetAggregateVersion Long expectedVersion) {}

    public record RecordMeeting(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            MeetingId meetingId,
            LocalDate date,
            List<String> participants,
            List<String> decisions,
            @TargetAggregateVersion Long expectedVersion) {}
}
