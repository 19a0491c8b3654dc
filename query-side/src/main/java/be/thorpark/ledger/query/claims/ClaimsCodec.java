package be.thorpark.ledger.query.claims;

import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.ExpenditureLineDeclared;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place the claims view's documents meet BSON: the update each event makes to a programme,
 * source, report or line (amounts in cents as {@code Int64}, every figure with the positions of its
 * events), the filters its readers query by, and the decoding of each stored document. The field
 * names are part of what the OData feed and the report pack read.
 */
public final class ClaimsCodec {

    private static final String PROGRAMME_ID = "programmeId";
    private static final String REPORT_ID = "reportId";
    private static final String STATUS = "status";
    private static final String DECIDED_ON = "decidedOn";
    private static final String POSITION = "position";
    private static final String LINE_IDS = "lineIds";
    private static final String ACCEPTED = "acceptedEligibleCents";
    private static final String REVIEW_REMARKS = "reviewRemarks";
    private static final String REVIEW_POSITION = "reviewPosition";

    /** Programmes whose opening has reached the view. */
    public static final Bson OPENED = Filters.exists(PROGRAMME_ID);

    /** Reports whose drafting or submission has reached the view. */
    public static final Bson FILED = Filters.exists(REPORT_ID);

    private ClaimsCodec() {}

    static Bson opened(FundingProgrammeOpened e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set("name", e.name()),
                Updates.set("sources", e.sources().stream().map(s -> s.code().value()).toList()),
                Updates.set("openedPosition", event.position()));
    }

    static Bson source(String programme, FundingSource source) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, programme),
                Updates.set("code", source.code().value()),
                Updates.set("name", source.name()),
                Updates.set("committedCents", source.committed().cents()),
                Updates.set(
                        "rate",
                        source.coFinancingRate() == null
                                ? null
                                : source.coFinancingRate().toString()));
    }

    static Bson rate(Rate rate) {
        return Updates.set("rate", rate.toString());
    }

    /** A report drafted or submitted: what it covers and the status it starts in. */
    static Bson filed(
            String programme,
            String reportId,
            ReportKind kind,
            Period period,
            String status,
            ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, programme),
                Updates.set(REPORT_ID, reportId),
                Updates.set("kind", kind.name()),
                Updates.set("periodFrom", DocValues.date(period.from())),
                Updates.set("periodTo", DocValues.date(period.to())),
                Updates.set(STATUS, status),
                trail(status, event));
    }

    static Bson rejected(LocalDate decidedOn, String remarks, ViewEvent event) {
        return Updates.combine(
                Updates.set(STATUS, "REJECTED"),
                Updates.set(DECIDED_ON, DocValues.date(decidedOn)),
                Updates.set("remarks", remarks),
                trail("REJECTED", event));
    }

    static Bson approved(ProgressReportApproved e, ViewEvent event) {
        return Updates.combine(
                Updates.set(STATUS, "APPROVED"),
                Updates.set(DECIDED_ON, DocValues.date(e.decidedOn())),
                Updates.set("approvedEligibleCents", e.approvedEligible().cents()),
                Updates.set("remarks", e.remarks()),
                Updates.set("decisionPosition", event.position()),
                trail("APPROVED", event));
    }

    /** The programme's side of an approval: the eligible costs approved, with their position. */
    static Bson approval(ProgressReportApproved e, ViewEvent event) {
        return Updates.combine(
                Updates.inc("approvedEligibleCents", e.approvedEligible().cents()),
                Updates.push(
                        "approvals",
                        new Document(REPORT_ID, e.reportId().value())
                                .append(DECIDED_ON, DocValues.date(e.decidedOn()))
                                .append("approvedEligibleCents", e.approvedEligible().cents())
                                .append(POSITION, event.position())));
    }

    static Bson resubmitted(ViewEvent event) {
        return Updates.combine(
                Updates.set(STATUS, "SUBMITTED"),
                Updates.unset(DECIDED_ON),
                trail("RESUBMITTED", event));
    }

    /** A line of a resubmitted report awaits review again. */
    static Bson reviewCleared() {
        return Updates.combine(
                Updates.set(STATUS, "DECLARED"),
                Updates.unset(ACCEPTED),
                Updates.unset(REVIEW_REMARKS),
                Updates.unset(REVIEW_POSITION));
    }

    static Bson declared(ExpenditureLineDeclared e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set(REPORT_ID, e.reportId().value()),
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
                Updates.set(STATUS, "DECLARED"),
                Updates.set("declaredPosition", event.position()));
    }

    static Bson lineListed(String lineId) {
        return Updates.addToSet(LINE_IDS, lineId);
    }

    static Bson lineUnlisted(String lineId) {
        return Updates.pull(LINE_IDS, lineId);
    }

    static Bson withdrawn(ViewEvent event) {
        return Updates.combine(
                Updates.set(STATUS, "WITHDRAWN"),
                Updates.set("withdrawnPosition", event.position()));
    }

    /** A line's review: accepted with an eligible amount, or refused (nothing eligible). */
    static Bson reviewed(String status, Money acceptedEligible, String remarks, ViewEvent event) {
        return Updates.combine(
                Updates.set(STATUS, status),
                Updates.set(ACCEPTED, acceptedEligible.cents()),
                Updates.set(REVIEW_REMARKS, remarks),
                Updates.set(REVIEW_POSITION, event.position()));
    }

    static Bson requested(DisbursementRequested e, ViewEvent event) {
        return disbursed(
                "requestedCents",
                "requests",
                e.disbursementId(),
                e.amount(),
                new Document(REPORT_ID, e.reportId() == null ? null : e.reportId().value())
                        .append("requestedOn", DocValues.date(e.requestedOn())),
                event);
    }

    static Bson paid(DisbursementPaid e, ViewEvent event) {
        return disbursed(
                "paidCents",
                "payments",
                e.disbursementId(),
                e.amount(),
                new Document("paidOn", DocValues.date(e.paidOn())),
                event);
    }

    /**
     * A request or a payment on a source: its amount added to the source's total, and the entry
     * with its details and position added to the list the lineage reads.
     */
    private static Bson disbursed(
            String total,
            String list,
            DisbursementId disbursement,
            Money amount,
            Document details,
            ViewEvent event) {
        Document entry =
                new Document("disbursementId", disbursement.value())
                        .append("amountCents", amount.cents());
        entry.putAll(details);
        entry.append(POSITION, event.position());
        return Updates.combine(Updates.inc(total, amount.cents()), Updates.push(list, entry));
    }

    private static Bson trail(String action, ViewEvent event) {
        return Updates.push(
                "trail", new Document("action", action).append(POSITION, event.position()));
    }

    public static ClaimsProgrammeDocument programme(Document d) {
        return new ClaimsProgrammeDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString("name"),
                d.getList("sources", String.class, List.of()),
                cents(d, "approvedEligibleCents"),
                DocValues.documents(d, "approvals").stream()
                        .map(
                                a ->
                                        new ClaimsProgrammeDocument.Approval(
                                                a.getString(REPORT_ID),
                                                DocValues.date(a, DECIDED_ON),
                                                cents(a, "approvedEligibleCents"),
                                                cents(a, POSITION)))
                        .toList(),
                cents(d, POSITION));
    }

    static ClaimsSourceDocument source(Document d) {
        return new ClaimsSourceDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString("code"),
                d.getString("name"),
                cents(d, "committedCents"),
                d.getString("rate"),
                cents(d, "requestedCents"),
                cents(d, "paidCents"),
                DocValues.documents(d, "requests").stream()
                        .map(
                                r ->
                                        new ClaimsSourceDocument.Request(
                                                r.getString("disbursementId"),
                                                cents(r, "amountCents"),
                                                r.getString(REPORT_ID),
                                                DocValues.date(r, "requestedOn"),
                                                cents(r, POSITION)))
                        .toList(),
                DocValues.documents(d, "payments").stream()
                        .map(
                                p ->
                                        new ClaimsSourceDocument.Payment(
                                                p.getString("disbursementId"),
                                                cents(p, "amountCents"),
                                                DocValues.date(p, "paidOn"),
                                                cents(p, POSITION)))
                        .toList());
    }

    public static ClaimsReportDocument report(Document d) {
        return new ClaimsReportDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString(REPORT_ID),
                d.getString("kind"),
                DocValues.date(d, "periodFrom"),
                DocValues.date(d, "periodTo"),
                d.getString(STATUS),
                DocValues.date(d, DECIDED_ON),
                optional(d, "approvedEligibleCents"),
                d.getString("remarks"),
                optional(d, "decisionPosition"),
                d.getList(LINE_IDS, String.class, List.of()),
                DocValues.documents(d, "trail").stream()
                        .map(
                                t ->
                                        new ClaimsReportDocument.Step(
                                                t.getString("action"), cents(t, POSITION)))
                        .toList());
    }

    static ClaimsLineDocument line(Document d) {
        return new ClaimsLineDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString(REPORT_ID),
                d.getString("lineId"),
                d.getString("supplierName"),
                d.getString("supplierVat"),
                d.getString("invoiceNumber"),
                DocValues.date(d, "invoiceDate"),
                DocValues.date(d, "paymentDate"),
                d.getString("description"),
                d.getString("category"),
                cents(d, "amountExclVatCents"),
                cents(d, "declaredEligibleCents"),
                DocValues.documents(d, "evidence").stream()
                        .map(
                                e ->
                                        new ClaimsLineDocument.Evidence(
                                                e.getString("sha256"),
                                                e.getString("fileName"),
                                                e.getString("mediaType"),
                                                cents(e, "sizeBytes")))
                        .toList(),
                d.getString(STATUS),
                optional(d, ACCEPTED),
                d.getString(REVIEW_REMARKS),
                optional(d, "declaredPosition"),
                optional(d, REVIEW_POSITION),
                optional(d, "withdrawnPosition"));
    }

    private static long cents(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : 0L;
    }

    private static Long optional(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : null;
    }
}
