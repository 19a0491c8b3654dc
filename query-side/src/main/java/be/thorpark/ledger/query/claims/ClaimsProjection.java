package be.thorpark.ledger.query.claims;

import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.CoFinancingRateChanged;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.ExpenditureLineAccepted;
import be.thorpark.ledger.events.funding.ExpenditureLineDeclared;
import be.thorpark.ledger.events.funding.ExpenditureLineRefused;
import be.thorpark.ledger.events.funding.ExpenditureLineWithdrawn;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportDrafted;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.ViewTarget;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * ERDF claims: what was declared, what the Management Authority approved line by line, and what
 * each source may still claim. Amounts are kept in cents ({@code Int64}) so sums stay exact; every
 * figure keeps the positions of the events it is made of, so an auditor can walk from a claimable
 * amount back to each approval and request.
 *
 * <p>{@value #PROGRAMMES} {@code <programmeId>}: source codes, approvals ({@code reportId}, {@code
 * decidedOn}, {@code approvedEligibleCents}, {@code position}); {@value #SOURCES} {@code
 * <programmeId>/<code>}: commitment, rate, requests and payments; {@value #REPORTS} {@code
 * <programmeId>/<reportId>}: status, decision and its line ids; {@value #LINES} {@code
 * <programmeId>/<lineId>}: the declared line and its review. Every read is by exact key.
 */
@Component
public class ClaimsProjection extends DeclaredProjection {

    public static final String NAME = "claims";
    public static final String PROGRAMMES = "claims_programmes";
    public static final String SOURCES = "claims_sources";
    public static final String REPORTS = "claims_reports";
    public static final String LINES = "claims_lines";

    public ClaimsProjection() {
        on(FundingProgrammeOpened.class, this::opened);
        on(
                CoFinancingRateChanged.class,
                (e, t) ->
                        t.apply(
                                SOURCES,
                                key(e.programmeId().value(), e.source().value()),
                                ClaimsCodec.rate(e.rate())));
        on(
                ProgressReportDrafted.class,
                (e, t) -> filed(t, e.programmeId(), e.reportId(), e.kind(), e.period(), "DRAFT"));
        on(
                ProgressReportSubmitted.class,
                (e, t) ->
                        filed(t, e.programmeId(), e.reportId(), e.kind(), e.period(), "SUBMITTED"));
        on(ProgressReportResubmitted.class, this::resubmitted);
        on(
                ProgressReportRejected.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                report(e.programmeId(), e.reportId()),
                                ClaimsCodec.rejected(e.decidedOn(), e.remarks(), t.event())));
        on(ProgressReportApproved.class, this::approved);
        on(ExpenditureLineDeclared.class, this::declared);
        on(
                ExpenditureLineWithdrawn.class,
                (e, t) -> {
                    t.apply(
                            LINES,
                            key(e.programmeId().value(), e.lineId().value()),
                            ClaimsCodec.withdrawn(t.event()));
                    t.apply(
                            REPORTS,
                            report(e.programmeId(), e.reportId()),
                            ClaimsCodec.lineUnlisted(e.lineId().value()));
                });
        on(
                ExpenditureLineAccepted.class,
                (e, t) ->
                        t.apply(
                                LINES,
                                key(e.programmeId().value(), e.lineId().value()),
                                ClaimsCodec.reviewed(
                                        "ACCEPTED", e.acceptedEligible(), e.remarks(), t.event())));
        on(
                ExpenditureLineRefused.class,
                (e, t) ->
                        t.apply(
                                LINES,
                                key(e.programmeId().value(), e.lineId().value()),
                                ClaimsCodec.reviewed(
                                        "REFUSED", Money.ZERO, e.refusal(), t.event())));
        on(
                DisbursementRequested.class,
                (e, t) ->
                        t.apply(
                                SOURCES,
                                key(e.programmeId().value(), e.source().value()),
                                ClaimsCodec.requested(e, t.event())));
        on(
                DisbursementPaid.class,
                (e, t) ->
                        t.apply(
                                SOURCES,
                                key(e.programmeId().value(), e.source().value()),
                                ClaimsCodec.paid(e, t.event())));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(PROGRAMMES, SOURCES, REPORTS, LINES);
    }

    private void opened(FundingProgrammeOpened e, ViewTarget t) {
        String programme = e.programmeId().value();
        t.apply(PROGRAMMES, programme, ClaimsCodec.opened(e, t.event()));
        for (FundingSource source : e.sources()) {
            t.apply(
                    SOURCES,
                    key(programme, source.code().value()),
                    ClaimsCodec.source(programme, source));
        }
    }

    private static void filed(
            ViewTarget t,
            ProgrammeId programme,
            ReportId reportId,
            ReportKind kind,
            Period period,
            String status) {
        t.apply(
                REPORTS,
                report(programme, reportId),
                ClaimsCodec.filed(
                        programme.value(), reportId.value(), kind, period, status, t.event()));
    }

    private void approved(ProgressReportApproved e, ViewTarget t) {
        t.apply(REPORTS, report(e.programmeId(), e.reportId()), ClaimsCodec.approved(e, t.event()));
        t.apply(PROGRAMMES, e.programmeId().value(), ClaimsCodec.approval(e, t.event()));
    }

    private void resubmitted(ProgressReportResubmitted e, ViewTarget t) {
        String reportKey = report(e.programmeId(), e.reportId());
        t.apply(REPORTS, reportKey, ClaimsCodec.resubmitted(t.event()));
        // A resubmitted report is reviewed afresh, as the programme decides it: its lines await
        // review again.
        Document report = t.writer().collection(REPORTS).find(Filters.eq("_id", reportKey)).first();
        List<String> lineIds = report == null ? List.of() : ClaimsCodec.report(report).lineIds();
        for (String lineId : lineIds) {
            t.apply(LINES, key(e.programmeId().value(), lineId), ClaimsCodec.reviewCleared());
        }
    }

    private void declared(ExpenditureLineDeclared e, ViewTarget t) {
        t.apply(
                LINES,
                key(e.programmeId().value(), e.lineId().value()),
                ClaimsCodec.declared(e, t.event()));
        t.apply(
                REPORTS,
                report(e.programmeId(), e.reportId()),
                ClaimsCodec.lineListed(e.lineId().value()));
    }

    private static String report(ProgrammeId programme, ReportId report) {
        return key(programme.value(), report.value());
    }

    static String key(String programmeId, String id) {
        return programmeId + "/" + id;
    }

    static String money(long cents) {
        return new Money(cents).toString();
    }
}
