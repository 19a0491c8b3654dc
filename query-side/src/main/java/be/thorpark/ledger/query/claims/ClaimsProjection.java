package be.thorpark.ledger.query.claims;

import be.thorpark.ledger.events.Money;
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
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewTarget;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
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
                                Updates.set("rate", e.rate().toString())));
        on(
                ProgressReportDrafted.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                report(
                                        e.programmeId().value(),
                                        e.reportId().value(),
                                        e.kind().name(),
                                        e.period().from(),
                                        e.period().to(),
                                        "DRAFT",
                                        t.event())));
        on(
                ProgressReportSubmitted.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                report(
                                        e.programmeId().value(),
                                        e.reportId().value(),
                                        e.kind().name(),
                                        e.period().from(),
                                        e.period().to(),
                                        "SUBMITTED",
                                        t.event())));
        on(ProgressReportResubmitted.class, this::resubmitted);
        on(
                ProgressReportRejected.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                Updates.combine(
                                        Updates.set("status", "REJECTED"),
                                        Updates.set(
                                                "decidedOn",
                                                e.decidedOn() == null
                                                        ? null
                                                        : DocValues.date(e.decidedOn())),
                                        Updates.set("remarks", e.remarks()),
                                        trail("REJECTED", t.event()))));
        on(ProgressReportApproved.class, this::approved);
        on(ExpenditureLineDeclared.class, this::declared);
        on(
                ExpenditureLineWithdrawn.class,
                (e, t) -> {
                    t.apply(
                            LINES,
                            key(e.programmeId().value(), e.lineId().value()),
                            Updates.combine(
                                    Updates.set("status", "WITHDRAWN"),
                                    Updates.set("withdrawnPosition", t.event().position())));
                    t.apply(
                            REPORTS,
                            key(e.programmeId().value(), e.reportId().value()),
                            Updates.pull("lineIds", e.lineId().value()));
                });
        on(
                ExpenditureLineAccepted.class,
                (e, t) ->
                        t.apply(
                                LINES,
                                key(e.programmeId().value(), e.lineId().value()),
                                Updates.combine(
                                        Updates.set("status", "ACCEPTED"),
                                        Updates.set(
                                                "acceptedEligibleCents",
                                                e.acceptedEligible().cents()),
                                        Updates.set("reviewRemarks", e.remarks()),
                                        Updates.set("reviewPosition", t.event().position()))));
        on(
                ExpenditureLineRefused.class,
                (e, t) ->
                        t.apply(
                                LINES,
                                key(e.programmeId().value(), e.lineId().value()),
                                Updates.combine(
                                        Updates.set("status", "REFUSED"),
                                        Updates.set("acceptedEligibleCents", 0L),
                                        Updates.set("reviewRemarks", e.refusal()),
                                        Updates.set("reviewPosition", t.event().position()))));
        on(
                DisbursementRequested.class,
                (e, t) ->
                        t.apply(
                                SOURCES,
                                key(e.programmeId().value(), e.source().value()),
                                Updates.combine(
                                        Updates.inc("requestedCents", e.amount().cents()),
                                        Updates.push(
                                                "requests",
                                                new Document(
                                                                "disbursementId",
                                                                e.disbursementId().value())
                                                        .append("amountCents", e.amount().cents())
                                                        .append(
                                                                "reportId",
                                                                e.reportId() == null
                                                                        ? null
                                                                        : e.reportId().value())
                                                        .append(
                                                                "requestedOn",
                                                                e.requestedOn() == null
                                                                        ? null
                                                                        : DocValues.date(
                                                                                e.requestedOn()))
                                                        .append(
                                                                "position",
                                                                t.event().position())))));
        on(
                DisbursementPaid.class,
                (e, t) ->
                        t.apply(
                                SOURCES,
                                key(e.programmeId().value(), e.source().value()),
                                Updates.combine(
                                        Updates.inc("paidCents", e.amount().cents()),
                                        Updates.push(
                                                "payments",
                                                new Document(
                                                                "disbursementId",
                                                                e.disbursementId().value())
                                                        .append("amountCents", e.amount().cents())
                                                        .append(
                                                                "paidOn",
                                                                DocValues.date(e.paidOn()))
                                                        .append(
                                                                "position",
                                                                t.event().position())))));
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
        t.apply(
                PROGRAMMES,
                programme,
                Updates.combine(
                        Updates.set("programmeId", programme),
                        Updates.set("name", e.name()),
                        Updates.set(
                                "sources",
                                e.sources().stream().map(s -> s.code().value()).toList()),
                        Updates.set("openedPosition", t.event().position())));
        for (FundingSource source : e.sources()) {
            t.apply(
                    SOURCES,
                    key(programme, source.code().value()),
                    Updates.combine(
                            Updates.set("programmeId", programme),
                            Updates.set("code", source.code().value()),
                            Updates.set("name", source.name()),
                            Updates.set("committedCents", source.committed().cents()),
                            Updates.set(
                                    "rate",
                                    source.coFinancingRate() == null
                                            ? null
                                            : source.coFinancingRate().toString())));
        }
    }

    private void approved(ProgressReportApproved e, ViewTarget t) {
        String programme = e.programmeId().value();
        t.apply(
                REPORTS,
                key(programme, e.reportId().value()),
                Updates.combine(
                        Updates.set("status", "APPROVED"),
                        Updates.set(
                                "decidedOn",
                                e.decidedOn() == null ? null : DocValues.date(e.decidedOn())),
                        Updates.set("approvedEligibleCents", e.approvedEligible().cents()),
                        Updates.set("remarks", e.remarks()),
                        Updates.set("decisionPosition", t.event().position()),
                        trail("APPROVED", t.event())));
        t.apply(
                PROGRAMMES,
                programme,
                Updates.combine(
                        Updates.inc("approvedEligibleCents", e.approvedEligible().cents()),
                        Updates.push(
                                "approvals",
                                new Document("reportId", e.reportId().value())
                                        .append(
                                                "decidedOn",
                                                e.decidedOn() == null
                                                        ? null
                                                        : DocValues.date(e.decidedOn()))
                                        .append(
                                                "approvedEligibleCents",
                                                e.approvedEligible().cents())
                                        .append("position", t.event().position()))));
    }

    private void resubmitted(ProgressReportResubmitted e, ViewTarget t) {
        String reportKey = key(e.programmeId().value(), e.reportId().value());
        t.apply(
                REPORTS,
                reportKey,
                Updates.combine(
                        Updates.set("status", "SUBMITTED"),
                        Updates.unset("decidedOn"),
                        trail("RESUBMITTED", t.event())));
        // A resubmitted report is reviewed afresh, as the programme decides it: its lines await
        // review again.
        Document report = t.writer().collection(REPORTS).find(Filters.eq("_id", reportKey)).first();
        List<String> lineIds =
                report == null ? List.of() : report.getList("lineIds", String.class, List.of());
        for (String lineId : lineIds) {
            t.apply(
                    LINES,
                    key(e.programmeId().value(), lineId),
                    Updates.combine(
                            Updates.set("status", "DECLARED"),
                            Updates.unset("acceptedEligibleCents"),
                            Updates.unset("reviewRemarks"),
                            Updates.unset("reviewPosition")));
        }
    }

    private void declared(ExpenditureLineDeclared e, ViewTarget t) {
        String programme = e.programmeId().value();
        t.apply(
                LINES,
                key(programme, e.lineId().value()),
                Updates.combine(
                        Updates.set("programmeId", programme),
                        Updates.set("reportId", e.reportId().value()),
                        Updates.set("lineId", e.lineId().value()),
                        Updates.set("supplierName", e.supplier().name()),
                        Updates.set("supplierVat", e.supplier().vatNumber().value()),
                        Updates.set("invoiceNumber", e.invoiceNumber()),
                        Updates.set("invoiceDate", DocValues.date(e.invoiceDate())),
                        Updates.set("paymentDate", DocValues.date(e.paymentDate())),
                        Updates.set("description", e.description()),
                        Updates.set("category", e.category().name()),
                        Updates.set("amountExclVatCents", e.amountExclVat().cents()),
                        Updates.set("declaredEligibleCents", e.declaredEligible().cents()),
                        Updates.set(
                                "evidence",
                                e.evidence().stream()
                                        .map(
                                                d ->
                                                        new Document("sha256", d.sha256())
                                                                .append("fileName", d.fileName())
                                                                .append("mediaType", d.mediaType())
                                                                .append("sizeBytes", d.sizeBytes()))
                                        .toList()),
                        Updates.set("status", "DECLARED"),
                        Updates.set("declaredPosition", t.event().position())));
        t.apply(
                REPORTS,
                key(programme, e.reportId().value()),
                Updates.addToSet("lineIds", e.lineId().value()));
    }

    private static Bson report(
            String programme,
            String reportId,
            String kind,
            java.time.LocalDate from,
            java.time.LocalDate to,
            String status,
            ViewEvent event) {
        return Updates.combine(
                Updates.set("programmeId", programme),
                Updates.set("reportId", reportId),
                Updates.set("kind", kind),
                Updates.set("periodFrom", DocValues.date(from)),
                Updates.set("periodTo", DocValues.date(to)),
                Updates.set("status", status),
                trail(status, event));
    }

    private static Bson trail(String action, ViewEvent event) {
        return Updates.push(
                "trail", new Document("action", action).append("position", event.position()));
    }

    static String key(String programmeId, String id) {
        return programmeId + "/" + id;
    }

    static String money(long cents) {
        return new Money(cents).toString();
    }
}
