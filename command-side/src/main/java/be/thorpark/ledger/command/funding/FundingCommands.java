package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.MeetingId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/** The commands of a funding programme. */
public final class FundingCommands {

    private FundingCommands() {
    }

    public record OpenProgramme(ProgrammeId programmeId, String name, List<FundingSource> sources) {
    }

    public record SubmitReport(@TargetAggregateIdentifier ProgrammeId programmeId, ReportId reportId, ReportKind kind,
                        Period period, String summary, @TargetAggregateVersion Long expectedVersion) {
    }

    public record ResubmitReport(@TargetAggregateIdentifier ProgrammeId programmeId, ReportId reportId, String summary,
                          @TargetAggregateVersion Long expectedVersion) {
    }

    public record ApproveReport(@TargetAggregateIdentifier ProgrammeId programmeId, ReportId reportId, String remarks,
                         @TargetAggregateVersion Long expectedVersion) {
    }

    public record RejectReport(@TargetAggregateIdentifier ProgrammeId programmeId, ReportId reportId, String remarks,
                        @TargetAggregateVersion Long expectedVersion) {
    }

    public record RequestDisbursement(@TargetAggregateIdentifier ProgrammeId programmeId, DisbursementId disbursementId,
                               SourceCode source, Money amount, ReportId reportId, Period period,
                               @TargetAggregateVersion Long expectedVersion) {
    }

    public record PayDisbursement(@TargetAggregateIdentifier ProgrammeId programmeId, DisbursementId disbursementId,
                           LocalDate paidOn, @TargetAggregateVersion Long expectedVersion) {
    }

    public record RecordMeeting(@TargetAggregateIdentifier ProgrammeId programmeId, MeetingId meetingId, LocalDate date,
                         List<String> participants, List<String> decisions,
                         @TargetAggregateVersion Long expectedVersion) {
    }
}
