package be.thorpark.ledger.query.replay;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitType;
import be.thorpark.ledger.events.tenant.TenantArrived;
import be.thorpark.ledger.events.tenant.TenantDeparted;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * A campus history of the wanted length from a fixed seed: units, tenants arriving and departing,
 * leases with amendments and terminations (business dates out of order), jobs, and a programme with
 * reports and disbursements.
 */
final class GeneratedHistory {

    private final Random random = new Random(20231231L);
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final List<UnitId> units = new ArrayList<>();
    private final List<TenantId> tenants = new ArrayList<>();
    private final List<LeaseId> leases = new ArrayList<>();

    static List<DomainEventMessage<?>> of(int size) {
        GeneratedHistory history = new GeneratedHistory();
        history.generate(size);
        return history.events.subList(0, size);
    }

    private void generate(int size) {
        ProgrammeId programme = new ProgrammeId("programme-campus");
        add(
                "FundingProgramme",
                programme.value(),
                new FundingProgrammeOpened(
                        programme,
                        "Smart Manufacturing Campus",
                        List.of(
                                new FundingSource(SourceCode.ERDF, "ERDF", Money.euros(5_200_000)),
                                new FundingSource(
                                        SourceCode.of("HERMES"), "Hermes", Money.euros(1_000_000)),
                                new FundingSource(
                                        SourceCode.of("CAPITAL"),
                                        "Capital increase",
                                        Money.euros(3_800_000)),
                                new FundingSource(
                                        SourceCode.of("BANK"), "Bank", Money.euros(6_000_000)))));
        int round = 0;
        while (events.size() < size) {
            round++;
            step(programme, round);
        }
    }

    private void step(ProgrammeId programme, int round) {
        LocalDate day = LocalDate.of(2022, 12, 1).plusDays(random.nextInt(3000));
        int dice = random.nextInt(100);
        if (units.size() < 20 || dice < 8) {
            UnitId unit = new UnitId("unit-gen-" + units.size());
            units.add(unit);
            add(
                    "Unit",
                    unit.value(),
                    new UnitRegistered(
                            unit,
                            "SMC",
                            "G" + units.size(),
                            UnitType.values()[random.nextInt(UnitType.values().length)],
                            new AreaM2(10_000 + random.nextInt(200_000)),
                            LocalDate.of(2022, 12, 15)));
        } else if (tenants.size() < 20 || dice < 20) {
            long body = 10_000_000L + tenants.size();
            TenantId tenant =
                    TenantId.forEnterprise(
                            new EnterpriseNumber(
                                    String.format("0%08d%02d", body, 97 - body % 97).substring(1)));
            tenants.add(tenant);
            add(
                    "Tenant",
                    tenant.value(),
                    new TenantRegistered(
                            tenant,
                            "Company " + tenants.size() + " NV",
                            new EnterpriseNumber(tenant.value().substring("tenant-".length())),
                            TenantProfile.values()[random.nextInt(4)],
                            "automation",
                            null));
            add("Tenant", tenant.value(), new TenantArrived(tenant, day));
        } else if (dice < 45) {
            LeaseId lease = new LeaseId("lease-gen-" + leases.size());
            leases.add(lease);
            add(
                    "Lease",
                    lease.value(),
                    new LeaseSigned(
                            lease,
                            pick(tenants),
                            pick(units),
                            new AreaM2(100 + random.nextInt(5_000)),
                            day,
                            day.plusYears(3),
                            new Money(100_000 + random.nextInt(1_000_000))));
        } else if (dice < 60 && !leases.isEmpty()) {
            LeaseId lease = pick(leases);
            add(
                    "Lease",
                    lease.value(),
                    new LeaseAmended(
                            lease,
                            round,
                            day.plusMonths(random.nextInt(24)),
                            new AreaM2(100 + random.nextInt(5_000)),
                            new Money(100_000 + random.nextInt(1_000_000)),
                            day.plusYears(4)));
        } else if (dice < 63 && !leases.isEmpty()) {
            LeaseId lease = pick(leases);
            add("Lease", lease.value(), new LeaseTerminated(lease, pick(units), day.plusYears(1)));
        } else if (dice < 88) {
            TenantId tenant = pick(tenants);
            add(
                    "Tenant",
                    tenant.value(),
                    new JobsRegistered(
                            tenant,
                            random.nextInt(4) == 0 ? JobChange.ENDED : JobChange.CREATED,
                            1 + random.nextInt(20),
                            "production",
                            day));
        } else if (dice < 90) {
            TenantId tenant = pick(tenants);
            add("Tenant", tenant.value(), new TenantDeparted(tenant, day.plusYears(5)));
        } else {
            funding(programme, round, day);
        }
    }

    private void funding(ProgrammeId programme, int round, LocalDate day) {
        ReportId report = new ReportId("report-gen-" + round);
        Period period = new Period(day.minusMonths(6), day);
        add(
                "FundingProgramme",
                programme.value(),
                new ProgressReportSubmitted(
                        programme, report, ReportKind.FINANCIAL, period, "Period up to " + day));
        if (random.nextBoolean()) {
            add(
                    "FundingProgramme",
                    programme.value(),
                    new ProgressReportRejected(programme, report, "missing"));
            add(
                    "FundingProgramme",
                    programme.value(),
                    new ProgressReportResubmitted(programme, report, "fixed"));
        }
        add(
                "FundingProgramme",
                programme.value(),
                new ProgressReportApproved(programme, report, null));
        DisbursementId disbursement = new DisbursementId("disbursement-gen-" + round);
        add(
                "FundingProgramme",
                programme.value(),
                new DisbursementRequested(
                        programme,
                        disbursement,
                        SourceCode.ERDF,
                        new Money(1 + random.nextInt(10_000)),
                        report,
                        period));
        add(
                "FundingProgramme",
                programme.value(),
                new DisbursementPaid(
                        programme,
                        disbursement,
                        SourceCode.ERDF,
                        new Money(1 + random.nextInt(10_000)),
                        day.plusDays(30)));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void add(String type, String id, Object payload) {
        long sequence = sequences.merge(id, 1L, Long::sum) - 1;
        events.add(new GenericDomainEventMessage<>(type, id, sequence, payload));
    }
}
