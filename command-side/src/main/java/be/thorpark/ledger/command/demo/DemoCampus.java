package be.thorpark.ledger.command.demo;

import static be.thorpark.ledger.events.space.UnitType.LAB;
import static be.thorpark.ledger.events.space.UnitType.OFFICE;
import static be.thorpark.ledger.events.space.UnitType.PRODUCTION_HALL;
import static be.thorpark.ledger.events.tenant.TenantProfile.ESTABLISHED;
import static be.thorpark.ledger.events.tenant.TenantProfile.SCALE_UP;
import static be.thorpark.ledger.events.tenant.TenantProfile.SERVICE_PROVIDER;
import static be.thorpark.ledger.events.tenant.TenantProfile.START_UP;

import be.thorpark.ledger.command.funding.FundingCommands.AcceptLine;
import be.thorpark.ledger.command.funding.FundingCommands.ApproveReport;
import be.thorpark.ledger.command.funding.FundingCommands.DeclareLine;
import be.thorpark.ledger.command.funding.FundingCommands.DraftReport;
import be.thorpark.ledger.command.funding.FundingCommands.OpenProgramme;
import be.thorpark.ledger.command.funding.FundingCommands.PayDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.RecordMeeting;
import be.thorpark.ledger.command.funding.FundingCommands.RefuseLine;
import be.thorpark.ledger.command.funding.FundingCommands.RejectReport;
import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.ResubmitReport;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitDraft;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitReport;
import be.thorpark.ledger.command.funding.FundingCommands.WithdrawLine;
import be.thorpark.ledger.command.jobs.RegisterJobs;
import be.thorpark.ledger.command.lease.AmendLease;
import be.thorpark.ledger.command.lease.SignLease;
import be.thorpark.ledger.command.lease.TerminateLease;
import be.thorpark.ledger.command.space.RegisterUnit;
import be.thorpark.ledger.command.tenant.ContactSealer;
import be.thorpark.ledger.command.tenant.RecordArrival;
import be.thorpark.ledger.command.tenant.RecordDeparture;
import be.thorpark.ledger.command.tenant.RegisterTenant;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.MeetingId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.VatNumber;
import be.thorpark.ledger.events.funding.CostCategory;
import be.thorpark.ledger.events.funding.EvidenceDocument;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.funding.Supplier;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.space.UnitType;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.eventstore.evidence.EvidenceKinds;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore.EvidenceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo campus from the campus facts, in the order things happened: the EUR 16 M programme and
 * its four sources, the first 8,000 m2 delivered at the end of 2022, twelve tenants of every
 * profile arriving over 2023-2025 with their leases, amendments, one early termination and their
 * jobs, progress reports (one rejected and resubmitted), the financial reports' expenditure lines
 * with their invoices and proofs of payment (one line cut, one refused), ERDF claims computed from
 * the approved eligible costs and paid only after an approval, and the steering committee's
 * meetings. Company names are invented; their enterprise numbers pass the mod-97 check.
 */
final class DemoCampus {

    static final String BUILDING = "SMC";
    private static final LocalDate DELIVERY = LocalDate.of(2022, 12, 15);

    /** ERDF's EUR 5.2 M of the building's EUR 16 M. */
    private static final Rate ERDF_RATE = Rate.parse("32.50");

    private static final List<String> COMMITTEE =
            List.of("VLAIO, European Programmes division", "NV Mo-Thor");

    private final ContactSealer sealer;
    private final List<DemoStep> steps = new ArrayList<>();
    private final ProgrammeId programme = ProgrammeId.random();
    private final Map<String, UnitId> units = new HashMap<>();
    private final Map<String, TenantId> tenants = new HashMap<>();
    private final Map<String, LeaseId> leases = new HashMap<>();
    private final Map<String, ReportId> reports = new HashMap<>();
    private final Map<String, LineId> lines = new HashMap<>();
    private final Map<String, Money> accepted = new HashMap<>();
    private final EvidenceStore evidence;
    private Money erdfApproved = Money.ZERO;
    private Money erdfClaimed = Money.ZERO;

    DemoCampus(ContactSealer sealer, EvidenceStore evidence) {
        this.sealer = sealer;
        this.evidence = evidence;
    }

    List<DemoStep> steps() {
        if (!steps.isEmpty()) {
            return List.copyOf(steps);
        }
        openProgramme();
        disburseAndPay(
                "CAPITAL",
                "3800000.00",
                null,
                "2022-03-01",
                "Capital increase of NV Mo-Thor by NV Thor Park");
        disburseAndPay("BANK", "4000000.00", null, "2022-06-30", "First drawdown of the bank loan");
        deliverTheFirstPhase();
        disburseAndPay(
                "BANK", "2000000.00", null, "2023-01-31", "Second drawdown of the bank loan");

        arrive(
                "motion",
                "Limburg Motion Systems NV",
                "0461230347",
                ESTABLISHED,
                "process automation",
                "2023-01-16");
        lease("motion", "HALL-A", "2000", "2023-01-16", "2032-12-31", "20000.00");
        arrive(
                "foundry",
                "Genk Pilot Foundry BV",
                "0573041851",
                SERVICE_PROVIDER,
                "pilot and contract manufacturing",
                "2023-02-01");
        lease("foundry", "HALL-B", "1500", "2023-02-01", "2030-01-31", "14250.00");
        declareTheConstructionCosts();
        reject(
                "2021-2022",
                "2023-02-24",
                "The invoices for the façade works and the procurement file of the HVAC lot are"
                        + " missing");
        jobs("motion", JobChange.CREATED, 85, "production", "2023-03-01");
        arrive(
                "robotics",
                "Waterschei Robotics BV",
                "0681944741",
                START_UP,
                "robotics software",
                "2023-03-06");
        lease("robotics", "OFFICE-1", "200", "2023-03-06", "2026-03-31", "2600.00");
        meeting(
                "2023-03-20",
                "Report 2021-2022 to be completed with the façade invoices",
                "Pilot line tender approved");
        disburseAndPay("HERMES", "1000000.00", null, "2023-03-31", "Hermes fund contribution");
        completeTheConstructionCosts();
        jobs("foundry", JobChange.CREATED, 30, "contract manufacturing", "2023-04-01");
        jobs("robotics", JobChange.CREATED, 8, "software engineering", "2023-04-01");
        reviewTheConstructionCosts();
        approve(
                "2021-2022",
                "2023-05-31",
                "Checked against the invoices and proofs of payment; eligible as accepted");
        claimErdfAndPay("2021-2022", "2023-06-01", "2023-06-15");
        arrive(
                "sensors",
                "Kempen Sensor Labs BV",
                "0720456117",
                START_UP,
                "sensors and embedded hardware",
                "2023-05-02");
        lease("sensors", "LAB-1", "300", "2023-05-02", "2027-04-30", "4200.00");
        jobs("sensors", JobChange.CREATED, 6, "hardware engineering", "2023-06-01");
        arrive(
                "additive",
                "Thor Additive Manufacturing NV",
                "0755321677",
                SCALE_UP,
                "additive manufacturing",
                "2023-09-04");
        lease("additive", "HALL-C", "1000", "2023-09-04", "2031-08-31", "9500.00");
        jobs("additive", JobChange.CREATED, 45, "production", "2023-10-01");
        meeting(
                "2023-10-16",
                "Occupancy of the first phase reviewed",
                "Lab fit-out for 2024 confirmed");

        arrive(
                "logistics",
                "Maas Logistics Automation NV",
                "0791134275",
                ESTABLISHED,
                "logistics and storage automation",
                "2024-01-08");
        lease("logistics", "LAB-2", "600", "2024-01-08", "2033-12-31", "8400.00");
        jobs("logistics", JobChange.CREATED, 60, "engineering", "2024-02-01");
        arrive(
                "vision",
                "Campine Vision Systems BV",
                "0802765565",
                SCALE_UP,
                "machine vision",
                "2024-02-05");
        lease("vision", "LAB-3", "400", "2024-02-05", "2029-02-28", "5600.00");
        jobs("vision", JobChange.CREATED, 28, "engineering", "2024-03-01");
        submit(
                "content-2023",
                ReportKind.CONTENT,
                "2023-01-01",
                "2023-12-31",
                "Progress 2023: five tenants on the campus, pilot line commissioned");
        approve("content-2023", "Progress in line with the plan");
        draft(
                "2023",
                "2023-01-01",
                "2023-12-31",
                "Costs 2023: fit-out of the labs and the pilot line");
        line(
                "2023",
                "lab fit-out",
                "Labinrichting Vlaanderen NV",
                "BE0484560233",
                "LV-23-0311",
                "2023-10-27",
                "2023-11-24",
                "Fit-out of labs 1 to 3: benches, fume hoods, gases and clean power",
                CostCategory.CONSTRUCTION_WORKS,
                "2450000.00",
                "2450000.00");
        line(
                "2023",
                "pilot line",
                "Pilot Line Systems GmbH",
                "DE287654321",
                "PLS-2023-118",
                "2023-11-15",
                "2023-12-14",
                "Pilot manufacturing line of the shared services: assembly and test cells",
                CostCategory.EQUIPMENT,
                "1985000.00",
                "1985000.00");
        submitDraft("2023", "Costs 2023: fit-out of the labs and the pilot line");
        accept("2023", "lab fit-out", "2450000.00", null);
        accept("2023", "pilot line", "1985000.00", null);
        approve("2023", "2024-04-30", "Eligible costs accepted");
        claimErdfAndPay("2023", "2024-05-02", "2024-05-15");
        amend(
                "robotics",
                "2024-04-01",
                "350",
                "4550.00",
                null,
                "Waterschei Robotics takes the whole office");
        arrive(
                "drives",
                "Flemish Drive Controls NV",
                "0824387162",
                SCALE_UP,
                "motion control hardware",
                "2024-04-02");
        lease("drives", "OFFICE-2", "350", "2024-04-02", "2028-03-31", "4550.00");
        meeting(
                "2024-04-22",
                "Financial report 2023 under review by the Management Authority",
                "Second phase studies to start");
        jobs("drives", JobChange.CREATED, 22, "engineering", "2024-05-01");
        jobs("robotics", JobChange.CREATED, 12, "software engineering", "2024-05-01");
        jobs("motion", JobChange.CREATED, 40, "production", "2024-06-01");
        arrive(
                "data",
                "Hasselt Data Factory BV",
                "0846012917",
                START_UP,
                "industrial software",
                "2024-06-03");
        lease("data", "OFFICE-3", "175", "2024-06-03", "2027-06-30", "2275.00");
        jobs("data", JobChange.CREATED, 9, "software engineering", "2024-07-01");
        jobs("sensors", JobChange.CREATED, 5, "hardware engineering", "2024-09-01");
        arrive(
                "testing",
                "Euregio Test & Certification NV",
                "0867533455",
                SERVICE_PROVIDER,
                "testing and certification",
                "2024-09-02");
        lease("testing", "LAB-1", "300", "2024-09-02", "2029-08-31", "4200.00");
        jobs("testing", JobChange.CREATED, 14, "test engineering", "2024-10-01");
        meeting(
                "2024-11-18",
                "Tenant mix reviewed: every profile present",
                "Reporting calendar 2025 agreed");

        amend(
                "additive",
                "2025-01-01",
                "1500",
                "14250.00",
                null,
                "Thor Additive Manufacturing takes all of hall C");
        jobs("foundry", JobChange.CREATED, 15, "contract manufacturing", "2025-01-01");
        arrive(
                "precision",
                "Mijnstreek Precision Parts NV",
                "0889057260",
                ESTABLISHED,
                "precision machining",
                "2025-01-06");
        lease("precision", "OFFICE-4", "350", "2025-01-06", "2034-12-31", "4550.00");
        amend(
                "foundry",
                "2025-02-01",
                null,
                null,
                "2033-01-31",
                "Genk Pilot Foundry extends its lease by three years");
        jobs("precision", JobChange.CREATED, 35, "engineering", "2025-02-01");
        jobs("additive", JobChange.CREATED, 25, "production", "2025-02-01");
        draft("2024", "2024-01-01", "2024-12-31", "Costs 2024: shared services equipment");
        line(
                "2024",
                "metrology",
                "Maasland Metrology BV",
                "NL812345678B01",
                "MM/2024/0457",
                "2024-09-12",
                "2024-10-10",
                "Coordinate measuring machine and metrology room of the shared services",
                CostCategory.EQUIPMENT,
                "1270000.00",
                "1270000.00");
        submitDraft("2024", "Costs 2024: shared services equipment");
        accept("2024", "metrology", "1270000.00", null);
        approve("2024", "2025-02-28", "Eligible costs accepted");
        claimErdf("2024", "2025-03-03");
        submit(
                "content-2024",
                ReportKind.CONTENT,
                "2024-01-01",
                "2024-12-31",
                "Progress 2024: ten tenants, 6,975 m2 leased");
        approve("content-2024", "Progress in line with the plan");
        jobs("vision", JobChange.CREATED, 10, "engineering", "2025-03-01");
        terminate("data", "2025-03-31", "Hasselt Data Factory moves to a larger site");
        jobs("data", JobChange.ENDED, 9, "software engineering", "2025-03-31");
        depart("data", "2025-03-31");
        arrive(
                "cobots",
                "Limburg Cobot Services BV",
                "0910578392",
                SERVICE_PROVIDER,
                "robot integration and maintenance",
                "2025-05-05");
        lease("cobots", "OFFICE-3", "175", "2025-05-05", "2030-04-30", "2275.00");
        meeting(
                "2025-05-19",
                "Office 3 let again after the early termination",
                "ERDF claim 2024 under payment");
        jobs("cobots", JobChange.CREATED, 12, "service engineering", "2025-06-01");
        jobs("motion", JobChange.ENDED, 10, "production", "2025-06-30");
        submit(
                "2025-h1",
                ReportKind.FINANCIAL,
                "2025-01-01",
                "2025-06-30",
                "Costs of the first half of 2025");
        meeting("2025-10-20", "Report 2025-H1 awaits the Management Authority's review");
        return List.copyOf(steps);
    }

    private void openProgramme() {
        step(
                "programme",
                "ERDF programme 2014-2020 decision and financing plan of the building",
                new OpenProgramme(
                        programme,
                        "Smart Manufacturing Campus building",
                        List.of(
                                new FundingSource(
                                        SourceCode.ERDF,
                                        "European Regional Development Fund (EFRO)",
                                        Money.parse("5200000.00"),
                                        ERDF_RATE),
                                source("HERMES", "Hermes fund", "1000000.00"),
                                source(
                                        "CAPITAL",
                                        "Capital increase of NV Mo-Thor by NV Thor Park",
                                        "3800000.00"),
                                source("BANK", "External bank financing", "6000000.00"))));
    }

    private void deliverTheFirstPhase() {
        unit("HALL-A", PRODUCTION_HALL, "2000");
        unit("HALL-B", PRODUCTION_HALL, "1500");
        unit("HALL-C", PRODUCTION_HALL, "1500");
        unit("LAB-1", LAB, "600");
        unit("LAB-2", LAB, "600");
        unit("LAB-3", LAB, "400");
        for (int office = 1; office <= 4; office++) {
            unit("OFFICE-" + office, OFFICE, "350");
        }
    }

    private void unit(String code, UnitType type, String area) {
        UnitId id = UnitId.forCode(BUILDING, code);
        units.put(code, id);
        step(
                "first phase",
                "Provisional delivery of the building's first 8,000 m2",
                new RegisterUnit(id, BUILDING, code, type, AreaM2.parse(area), DELIVERY));
    }

    private void arrive(
            String key,
            String name,
            String enterpriseNumber,
            TenantProfile profile,
            String sector,
            String date) {
        EnterpriseNumber number = EnterpriseNumber.parse(enterpriseNumber);
        TenantId id = TenantId.forEnterprise(number);
        tenants.put(key, id);
        String site = key + ".example";
        step(
                key,
                "Application accepted by the campus's selection committee",
                new RegisterTenant(
                        id,
                        name,
                        number,
                        profile,
                        sector,
                        sealer.seal("Site manager " + name, "site@" + site)));
        step(key, "Keys handed over", new RecordArrival(id, LocalDate.parse(date), null));
    }

    private void lease(
            String tenant, String unit, String area, String from, String to, String rent) {
        LeaseId id = LeaseId.random();
        leases.put(tenant, id);
        step(
                tenant,
                "Lease signed",
                new SignLease(
                        id,
                        tenants.get(tenant),
                        units.get(unit),
                        AreaM2.parse(area),
                        LocalDate.parse(from),
                        LocalDate.parse(to),
                        Money.parse(rent)));
    }

    private void amend(
            String tenant, String from, String area, String rent, String end, String reason) {
        step(
                tenant,
                reason,
                new AmendLease(
                        leases.get(tenant),
                        LocalDate.parse(from),
                        area == null ? null : AreaM2.parse(area),
                        rent == null ? null : Money.parse(rent),
                        end == null ? null : LocalDate.parse(end),
                        null));
    }

    private void terminate(String tenant, String lastDay, String reason) {
        step(
                tenant,
                reason,
                new TerminateLease(leases.get(tenant), LocalDate.parse(lastDay), null));
    }

    private void depart(String tenant, String date) {
        step(
                tenant,
                "Keys returned",
                new RecordDeparture(tenants.get(tenant), LocalDate.parse(date), null));
    }

    private void jobs(String tenant, JobChange change, int count, String category, String date) {
        step(
                tenant,
                "Headcount declared by the tenant",
                new RegisterJobs(
                        tenants.get(tenant), change, count, category, LocalDate.parse(date), null));
    }

    private void submit(String report, ReportKind kind, String from, String to, String summary) {
        ReportId id = ReportId.random();
        reports.put(report, id);
        step(
                "report " + report,
                "Periodic report of the promoter to the Management Authority",
                new SubmitReport(
                        programme,
                        id,
                        kind,
                        new Period(LocalDate.parse(from), LocalDate.parse(to)),
                        summary,
                        null));
    }

    private void reject(String report, String decidedOn, String remarks) {
        step(
                "report " + report,
                "Review by the Management Authority",
                new RejectReport(
                        programme, reports.get(report), remarks, LocalDate.parse(decidedOn), null));
    }

    private void resubmit(String report, String summary) {
        step(
                "report " + report,
                "Report completed after the rejection",
                new ResubmitReport(programme, reports.get(report), summary, null));
    }

    private void approve(String report, String remarks) {
        step(
                "report " + report,
                "Review by the Management Authority",
                new ApproveReport(programme, reports.get(report), remarks, null));
    }

    private void approve(String report, String decidedOn, String remarks) {
        step(
                "report " + report,
                "Review by the Management Authority",
                new ApproveReport(
                        programme, reports.get(report), remarks, LocalDate.parse(decidedOn), null));
        erdfApproved = erdfApproved.plus(accepted.getOrDefault(report, Money.ZERO));
    }

    /**
     * The construction costs of 2021-2022 as first declared: the HVAC lot still lacks its
     * procurement file.
     */
    private void declareTheConstructionCosts() {
        draft(
                "2021-2022",
                "2021-01-01",
                "2022-12-31",
                "Construction costs 2021-2022: shell, roof and technical installations");
        line(
                "2021-2022",
                "shell",
                "Kempische Bouwgroep NV",
                "BE0451237862",
                "KB-2022-0147",
                "2022-06-30",
                "2022-07-29",
                "Shell and structural works of the production halls, labs and offices",
                CostCategory.CONSTRUCTION_WORKS,
                "4350000.00",
                "4350000.00");
        line(
                "2021-2022",
                "roof",
                "Limburgse Dakwerken BV",
                "BE0462348520",
                "LD 22/0589",
                "2022-09-15",
                "2022-10-14",
                "Roof and cladding of the building",
                CostCategory.CONSTRUCTION_WORKS,
                "1180000.00",
                "1180000.00");
        line(
                "2021-2022",
                "hvac",
                "Maasland Technieken NV",
                "BE0473459176",
                "MT-2022-1201",
                "2022-11-30",
                "2022-12-22",
                "HVAC and technical installations (lot 4)",
                CostCategory.CONSTRUCTION_WORKS,
                "1640000.00",
                "1640000.00");
        line(
                "2021-2022",
                "fees",
                "Atelier Mijnstreek Architecten BV",
                "BE0495671384",
                "AMA-2022-031",
                "2022-12-09",
                "2022-12-30",
                "Architect and engineering fees, design to provisional delivery",
                CostCategory.STUDIES_AND_FEES,
                "410000.00",
                "410000.00");
        line(
                "2021-2022",
                "reception",
                "Genk Events & Catering BV",
                "BE0506782438",
                "GEC-2022-0977",
                "2022-12-16",
                "2023-01-13",
                "Reception at the provisional delivery of the building",
                CostCategory.OTHER,
                "18450.00",
                "18450.00");
        submitDraft(
                "2021-2022",
                "Construction costs 2021-2022: shell, roof and technical installations");
    }

    /**
     * After the rejection: the façade invoices added, the HVAC lot declared again with its
     * procurement file.
     */
    private void completeTheConstructionCosts() {
        line(
                "2021-2022",
                "facade",
                "Gevelbouw Genk BV",
                "BE0517893589",
                "GG-22-0412",
                "2022-10-31",
                "2022-11-30",
                "Façade works",
                CostCategory.CONSTRUCTION_WORKS,
                "912500.00",
                "912500.00");
        step(
                "report 2021-2022",
                "Line declared again with the procurement file of the HVAC lot",
                new WithdrawLine(
                        programme, reports.get("2021-2022"), lines.get("2021-2022/hvac"), null));
        declare(
                "2021-2022",
                "hvac-2",
                "Maasland Technieken NV",
                "BE0473459176",
                "MT-2022-1201",
                "2022-11-30",
                "2022-12-22",
                "HVAC and technical installations (lot 4)",
                CostCategory.CONSTRUCTION_WORKS,
                "1640000.00",
                "1640000.00",
                true);
        resubmit(
                "2021-2022",
                "Construction costs 2021-2022, façade invoices and the HVAC procurement file"
                        + " added");
    }

    /** One line cut to the awarded contract, one refused: what the ERDF share is computed from. */
    private void reviewTheConstructionCosts() {
        accept("2021-2022", "shell", "4350000.00", null);
        accept("2021-2022", "roof", "1180000.00", null);
        accept("2021-2022", "facade", "912500.00", null);
        accept("2021-2022", "hvac-2", "1640000.00", null);
        accept(
                "2021-2022",
                "fees",
                "365000.00",
                "Fees above the awarded study contract (365,000.00 excluding VAT) are not"
                        + " eligible");
        step(
                "report 2021-2022",
                "Review by the Management Authority",
                new RefuseLine(
                        programme,
                        reports.get("2021-2022"),
                        lines.get("2021-2022/reception"),
                        "Hospitality and reception costs are not eligible under the ERDF programme",
                        null));
    }

    private void draft(String report, String from, String to, String summary) {
        ReportId id = ReportId.random();
        reports.put(report, id);
        step(
                "report " + report,
                "Financial report of the promoter opened as a draft",
                new DraftReport(
                        programme,
                        id,
                        ReportKind.FINANCIAL,
                        new Period(LocalDate.parse(from), LocalDate.parse(to)),
                        summary,
                        null));
    }

    private void submitDraft(String report, String summary) {
        step(
                "report " + report,
                "Periodic report of the promoter to the Management Authority",
                new SubmitDraft(programme, reports.get(report), summary, null));
    }

    private void line(
            String report,
            String key,
            String supplier,
            String vat,
            String invoice,
            String invoiceDate,
            String paidOn,
            String description,
            CostCategory category,
            String amount,
            String eligible) {
        declare(
                report,
                key,
                supplier,
                vat,
                invoice,
                invoiceDate,
                paidOn,
                description,
                category,
                amount,
                eligible,
                false);
    }

    /**
     * Uploads the line's invoice and proof of payment (and procurement file) as the evidence
     * endpoint does.
     */
    private void declare(
            String report,
            String key,
            String supplier,
            String vat,
            String invoice,
            String invoiceDate,
            String paidOn,
            String description,
            CostCategory category,
            String amount,
            String eligible,
            boolean withProcurementFile) {
        List<String> invoiceText =
                List.of(
                        "INVOICE " + invoice,
                        supplier + ", VAT " + vat,
                        "To: NV Mo-Thor, Thor Park, Genk",
                        "Date: " + invoiceDate,
                        description,
                        "Amount excluding VAT: EUR " + amount);
        List<EvidenceDocument> documents = new ArrayList<>();
        documents.add(
                upload(DemoDocuments.pdf(invoiceText), "invoice " + invoice + ".pdf", "INVOICE"));
        documents.add(
                upload(
                        DemoDocuments.png(
                                "Paid " + paidOn + " EUR " + amount + " " + invoice + " " + vat),
                        "payment " + invoice + ".png",
                        "PROOF_OF_PAYMENT"));
        if (withProcurementFile) {
            documents.add(
                    upload(
                            DemoDocuments.pdf(
                                    List.of(
                                            "PROCUREMENT FILE",
                                            description,
                                            "Contract awarded to "
                                                    + supplier
                                                    + " after an open procedure")),
                            "procurement " + invoice + ".pdf",
                            "PROCUREMENT_FILE"));
        }
        LineId id = LineId.random();
        lines.put(report + "/" + key, id);
        step(
                "report " + report,
                "Expenditure declared with its invoice and proof of payment",
                new DeclareLine(
                        programme,
                        reports.get(report),
                        id,
                        new Supplier(supplier, VatNumber.parse(vat)),
                        invoice,
                        LocalDate.parse(invoiceDate),
                        LocalDate.parse(paidOn),
                        description,
                        category,
                        Money.parse(amount),
                        Money.parse(eligible),
                        List.copyOf(documents),
                        null));
    }

    private EvidenceDocument upload(byte[] bytes, String name, String kind) {
        String mediaType = EvidenceKinds.sniff(bytes).orElseThrow();
        EvidenceFile file =
                evidence.store(bytes, name, mediaType, kind, DemoCampusLoader.ACTOR, Instant.now())
                        .file();
        return new EvidenceDocument(
                file.sha256(), file.fileName(), file.mediaType(), file.sizeBytes());
    }

    private void accept(String report, String key, String amount, String remarks) {
        step(
                "report " + report,
                "Review by the Management Authority",
                new AcceptLine(
                        programme,
                        reports.get(report),
                        lines.get(report + "/" + key),
                        Money.parse(amount),
                        remarks,
                        null));
        accepted.merge(report, Money.parse(amount), Money::plus);
    }

    /**
     * The ERDF claim rule's amount: the rate times the approved eligible costs, less what was
     * requested before.
     */
    private DisbursementId claimErdf(String report, String requestedOn) {
        Money amount = ERDF_RATE.of(erdfApproved).minus(erdfClaimed);
        erdfClaimed = erdfClaimed.plus(amount);
        DisbursementId id = DisbursementId.random();
        step(
                "funding ERDF",
                "ERDF co-financing of the " + report + " costs",
                new RequestDisbursement(
                        programme,
                        id,
                        SourceCode.ERDF,
                        amount,
                        reports.get(report),
                        null,
                        LocalDate.parse(requestedOn),
                        null));
        return id;
    }

    private void claimErdfAndPay(String report, String requestedOn, String paidOn) {
        DisbursementId id = claimErdf(report, requestedOn);
        step(
                "funding ERDF",
                "Payment received on the promoter's account",
                new PayDisbursement(programme, id, LocalDate.parse(paidOn), null));
    }

    private DisbursementId disburse(String source, String amount, String report, String reason) {
        DisbursementId id = DisbursementId.random();
        step(
                "funding " + source,
                reason,
                new RequestDisbursement(
                        programme,
                        id,
                        SourceCode.of(source),
                        Money.parse(amount),
                        report == null ? null : reports.get(report),
                        null,
                        null));
        return id;
    }

    private void disburseAndPay(
            String source, String amount, String report, String paidOn, String reason) {
        DisbursementId id = disburse(source, amount, report, reason);
        step(
                "funding " + source,
                "Payment received on the promoter's account",
                new PayDisbursement(programme, id, LocalDate.parse(paidOn), null));
    }

    private void meeting(String date, String... decisions) {
        step(
                "steering committee",
                "Minutes of the steering committee",
                new RecordMeeting(
                        programme,
                        MeetingId.random(),
                        LocalDate.parse(date),
                        COMMITTEE,
                        List.of(decisions),
                        null));
    }

    private static FundingSource source(String code, String name, String committed) {
        return new FundingSource(SourceCode.of(code), name, Money.parse(committed));
    }

    private void step(String story, String reason, Object command) {
        steps.add(new DemoStep(story, "Demo campus: " + reason, command));
    }
}
