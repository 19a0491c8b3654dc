package be.thorpark.ledger.command.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import be.thorpark.ledger.command.jobs.RegisterJobs;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.jobs.JobChange;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.PersonalDataErased;
import be.thorpark.ledger.events.tenant.TenantArrived;
import be.thorpark.ledger.events.tenant.TenantDeparted;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.web.problem.ProblemCode;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant company: registered, then on the campus from its arrival, then possibly departed. It
 * owns its jobs.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Tenant {

    @AggregateIdentifier private TenantId tenantId;
    private String name;
    private LocalDate arrivedOn;
    private LocalDate departedOn;
    private String contactPersonId;
    private boolean contactErased;
    private long netJobs;

    protected Tenant() {}

    /**
     * The id comes from the enterprise number, so a registration names the tenant it creates: Axon
     * loads it if it exists, and a second registration is refused here. Two simultaneous first ones
     * both write version 1, and the store accepts one; the other is decided again and refused here.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterTenant command) {
        if (tenantId != null) {
            throw new RuleViolation(
                    ProblemCode.TENANT_ALREADY_REGISTERED,
                    "A tenant with enterprise number "
                            + command.enterpriseNumber()
                            + " is already registered.");
        }
        apply(
                new TenantRegistered(
                        command.tenantId(),
                        command.name(),
                        command.enterpriseNumber(),
                        command.profile(),
                        command.sector(),
                        command.contact()));
    }

    @CommandHandler
    void handle(RecordArrival command) {
        if (arrivedOn != null) {
            throw new RuleViolation(
                    ProblemCode.TENANT_ALREADY_ARRIVED,
                    name + " arrived on the campus on " + arrivedOn + " already.");
        }
        apply(new TenantArrived(tenantId, command.date()));
    }

    @CommandHandler
    void handle(RecordDeparture command) {
        if (departedOn != null) {
            throw new RuleViolation(
                    ProblemCode.TENANT_ALREADY_DEPARTED, name + " departed on " + departedOn + ".");
        }
        if (arrivedOn == null) {
            throw new RuleViolation(
                    ProblemCode.TENANT_NOT_ON_CAMPUS,
                    name + " never arrived on the campus, so it " + "cannot depart.");
        }
        if (command.date().isBefore(arrivedOn)) {
            throw new RuleViolation(
                    ProblemCode.DEPARTURE_BEFORE_ARRIVAL,
                    "The departure date "
                            + command.date()
                            + " lies before the arrival on "
                            + arrivedOn
                            + ".");
        }
        apply(new TenantDeparted(tenantId, command.date()));
    }

    @CommandHandler
    void handle(RegisterJobs command) {
        if (command.change() == JobChange.ENDED && command.count() > netJobs) {
            throw new RuleViolation(
                    ProblemCode.JOBS_BELOW_ZERO,
                    name
                            + " has "
                            + netJobs
                            + " registered jobs; "
                            + command.count()
                            + " cannot end.");
        }
        if (command.change() == JobChange.CREATED
                && departedOn != null
                && command.effectiveDate().isAfter(departedOn)) {
            throw new RuleViolation(
                    ProblemCode.JOBS_AFTER_DEPARTURE,
                    name
                            + " departed on "
                            + departedOn
                            + "; it creates no jobs on the campus after that.");
        }
        apply(
                new JobsRegistered(
                        tenantId,
                        command.change(),
                        command.count(),
                        command.category(),
                        command.effectiveDate(),
                        command.fte()));
    }

    @CommandHandler
    void handle(ErasePersonalData command) {
        if (contactPersonId == null) {
            throw new RuleViolation(
                    ProblemCode.NO_PERSONAL_DATA, name + " has no contact person on record.");
        }
        if (contactErased) {
            throw new RuleViolation(
                    ProblemCode.PERSONAL_DATA_ALREADY_ERASED,
                    "The contact person of " + name + " was erased already.");
        }
        apply(new PersonalDataErased(tenantId, contactPersonId));
    }

    public String name() {
        return name;
    }

    /** The tenant's last day on the campus, null while it has not departed. */
    public LocalDate departedOn() {
        return departedOn;
    }

    @EventSourcingHandler
    void on(TenantRegistered event) {
        tenantId = event.tenantId();
        name = event.name();
        contactPersonId = event.contact() == null ? null : event.contact().personId();
    }

    @EventSourcingHandler
    void on(TenantArrived event) {
        arrivedOn = event.date();
    }

    @EventSourcingHandler
    void on(TenantDeparted event) {
        departedOn = event.date();
    }

    @EventSourcingHandler
    void on(JobsRegistered event) {
        netJobs += event.change() == JobChange.CREATED ? event.count() : -event.count();
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        contactErased = true;
    }
}
