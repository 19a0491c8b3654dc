package be.thorpark.ledger.app.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module and package rules of docs/architecture.md, checked on the production classes of every
 * module. Every rule must match real classes ({@code allowEmptyShould(false)}), so a renamed
 * package cannot silently turn a rule into one that checks nothing.
 */
class ArchitectureTest {

    static final String BASE = "be.thorpark.ledger";
    private static JavaClasses ledger;

    @BeforeAll
    static void importLedger() {
        // The modules arrive as their jars (or class folders in an IDE); their test jars are left
        // out.
        ledger =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(
                                location ->
                                        !location.contains("-tests.jar")
                                                && !location.contains("/test-classes/"))
                        .importPackages(BASE);
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(ledger);
    }

    @Test
    void thePublishedContractDependsOnTheJdkJacksonAnnotationsAndAxonRevisionOnly() {
        check(
                classes()
                        .that()
                        .resideInAPackage(BASE + ".events..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(
                                BASE + ".events..", "java..", "com.fasterxml.jackson.annotation..")
                        .orShould()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("org.axonframework.serialization.Revision"));
    }

    @Test
    void theCommandSideNeverImportsTheQuerySide() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage(BASE + ".command..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(BASE + ".query.."));
    }

    @Test
    void theQuerySideNeverImportsTheCommandSide() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage(BASE + ".query..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(BASE + ".command.."));
    }

    @Test
    void theSharedModulesNeverImportEitherSide() {
        check(
                noClasses()
                        .that()
                        .resideInAnyPackage(
                                BASE + ".events..", BASE + ".eventstore..", BASE + ".web..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(BASE + ".command..", BASE + ".query.."));
    }

    @Test
    void controllersArePackagePrivate() {
        check(classes().that().areAnnotatedWith(RestController.class).should().notBePublic());
    }

    @Test
    void aggregatesTakeTimeFromTheirCommandsNeverFromTheClock() {
        check(
                noClasses()
                        .that()
                        .areAnnotatedWith(Aggregate.class)
                        .should()
                        .callMethod(Instant.class, "now")
                        .orShould()
                        .callMethod(LocalDate.class, "now")
                        .orShould()
                        .callMethod(LocalDateTime.class, "now")
                        .orShould()
                        .dependOnClassesThat()
                        .areAssignableTo(Clock.class));
    }

    @Test
    void aggregatesLiveInTheCommandFeaturePackages() {
        check(
                classes()
                        .that()
                        .areAnnotatedWith(Aggregate.class)
                        .should()
                        .resideInAnyPackage(
                                BASE + ".command.tenant",
                                BASE + ".command.space",
                                BASE + ".command.lease",
                                BASE + ".command.funding"));
    }

    @Test
    void onlyConstructorsAndHandleMethodsOfAnAggregateApplyEvents() {
        check(
                noMethods()
                        .that()
                        .areDeclaredInClassesThat()
                        .areAnnotatedWith(Aggregate.class)
                        .and()
                        .doNotHaveName("handle")
                        .should(applyAnEvent()));
    }

    @Test
    void noAggregateMethodReturnsAnEvent() {
        check(
                methods()
                        .that()
                        .areDeclaredInClassesThat()
                        .areAnnotatedWith(Aggregate.class)
                        .should()
                        .notHaveRawReturnType(annotatedWith(Revision.class)));
    }

    /**
     * State changes only where an event is applied; a constructor only sets up empty collections.
     */
    @Test
    void aggregateFieldsAreSetOnlyByEventSourcingHandlers() {
        check(
                fields().that()
                        .areDeclaredInClassesThat()
                        .areAnnotatedWith(Aggregate.class)
                        .and()
                        .areNotStatic()
                        .should(beSetOnlyByEventSourcingHandlersOrConstructors()));
    }

    @Test
    void commandHandlersAreNamedHandleAndEventSourcingHandlersOn() {
        check(methods().that().areAnnotatedWith(CommandHandler.class).should().haveName("handle"));
        check(
                methods()
                        .that()
                        .areAnnotatedWith(EventSourcingHandler.class)
                        .should()
                        .haveName("on"));
    }

    /**
     * A policy refuses with a RuleViolation; what is stored is decided by the aggregate that owns
     * it.
     */
    @Test
    void policiesAreInternalToTheirFeatureAndNeverApplyEvents() {
        check(
                classes()
                        .that()
                        .resideInAPackage(BASE + ".command..")
                        .and()
                        .haveSimpleNameEndingWith("Policy")
                        .should()
                        .notBePublic()
                        .andShould()
                        .notBeAnnotatedWith(Aggregate.class));
        check(
                noClasses()
                        .that()
                        .resideInAPackage(BASE + ".command..")
                        .and()
                        .haveSimpleNameEndingWith("Policy")
                        .should()
                        .callMethod(AggregateLifecycle.class, "apply", Object.class));
    }

    /**
     * The command side reads the store through EventLog, never through the storage engine's own
     * class.
     */
    @Test
    void theCommandSideReadsTheStoreThroughTheEventLog() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage(BASE + ".command..")
                        .should()
                        .dependOnClassesThat()
                        .areAssignableTo(MongoLedgerStorageEngine.class));
    }

    private static ArchCondition<JavaMethod> applyAnEvent() {
        return new ArchCondition<>("apply an event") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(AggregateLifecycle.class)
                            && call.getName().equals("apply")) {
                        events.add(
                                SimpleConditionEvent.satisfied(
                                        method, method.getFullName() + " applies an event"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaField> beSetOnlyByEventSourcingHandlersOrConstructors() {
        return new ArchCondition<>("be set only by @EventSourcingHandler methods or constructors") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                for (JavaFieldAccess access : field.getAccessesToSelf()) {
                    if (access.getAccessType() != JavaFieldAccess.AccessType.SET) {
                        continue;
                    }
                    JavaCodeUnit origin = access.getOrigin();
                    boolean allowed =
                            origin.isConstructor()
                                    || origin.isAnnotatedWith(EventSourcingHandler.class);
                    if (!allowed) {
                        events.add(
                                SimpleConditionEvent.violated(
                                        field,
                                        origin.getFullName() + " sets " + field.getFullName()));
                    }
                }
            }
        };
    }

    /**
     * A command feature depends on its own package, the command side's shared packages ({@code
     * http}, {@code rules}) and the shared modules; the named exceptions are the decisions that
     * span aggregates (signing a lease touches its unit and tenant; the tenant decides its own
     * jobs).
     */
    @Test
    void commandFeaturesDependOnlyOnThemselvesTheSharedPackagesAndTheirNamedPartners() {
        Map<String, Set<String>> partners =
                Map.of(
                        "lease", Set.of("space", "tenant"),
                        "tenant", Set.of("jobs"));
        featuresKeepToThemselves(
                BASE + ".command",
                Set.of("tenant", "space", "lease", "jobs", "funding", "evidence"),
                partners);
    }

    /**
     * A query feature (one view and its answers) depends on its own package, {@code view} and
     * {@code status} and the shared modules; views that read leases share the one lease timeline.
     * The OData feed, the report pack and the browser pages compose views and are the documented
     * exceptions.
     */
    @Test
    void queryFeaturesDependOnlyOnThemselvesTheSharedPackagesAndTheirNamedPartners() {
        Map<String, Set<String>> partners =
                Map.of(
                        "space", Set.of("lease"),
                        "tenant", Set.of("lease"),
                        "indicators", Set.of("lease"));
        featuresKeepToThemselves(
                BASE + ".query",
                Set.of(
                        "tenant",
                        "space",
                        "lease",
                        "jobs",
                        "funding",
                        "claims",
                        "indicators",
                        "evidence",
                        "audit",
                        "replay"),
                partners);
    }

    private static void featuresKeepToThemselves(
            String side, Set<String> features, Map<String, Set<String>> partners) {
        Set<String> all = new java.util.TreeSet<>(features);
        all.addAll(Set.of("odata", "pack", "browser", "demo"));
        for (String feature : features) {
            String[] others =
                    all.stream()
                            .filter(
                                    other ->
                                            !other.equals(feature)
                                                    && !partners.getOrDefault(feature, Set.of())
                                                            .contains(other))
                            .map(other -> side + "." + other + "..")
                            .toArray(String[]::new);
            check(
                    noClasses()
                            .that()
                            .resideInAPackage(side + "." + feature + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(others)
                            .as(
                                    side
                                            + "."
                                            + feature
                                            + " depends only on itself, the shared packages and "
                                            + partners.getOrDefault(feature, Set.of())));
        }
    }

    @Test
    void commandFeaturesHaveNoCycles() {
        check(slices().matching(BASE + ".command.(*)..").should().beFreeOfCycles());
    }

    @Test
    void queryFeaturesHaveNoCycles() {
        check(slices().matching(BASE + ".query.(*)..").should().beFreeOfCycles());
    }
}
