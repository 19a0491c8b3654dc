package be.thorpark.ledger.command;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.SealedText;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.space.UnitType;
import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.TenantProfile;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import java.time.LocalDate;
import java.util.List;

/**
 * The campus as the ledger knows it: the first 8,000 m2 phase, its first tenants and the EUR 16 M
 * programme.
 */
public final class CampusMother {

    public static final String PHASE_ONE = "Phase 1";
    public static final LocalDate PHASE_ONE_OPENS = LocalDate.of(2025, 9, 1);

    // The eight units of phase 1 add up to its 8,000 m2.
    public static final UnitRegistered PRODUCTION_HALL_A =
            unit("PH-A", UnitType.PRODUCTION_HALL, "2400.00");
    public static final UnitRegistered PRODUCTION_HALL_B =
            unit("PH-B", UnitType.PRODUCTION_HALL, "2400.00");
    public static final UnitRegistered LAB_1 = unit("LAB-1", UnitType.LAB, "600.00");
    public static final UnitRegistered LAB_2 = unit("LAB-2", UnitType.LAB, "600.00");
    public static final UnitRegistered OFFICES = unit("OFF-1", UnitType.OFFICE, "800.00");
    public static final UnitRegistered WORKSHOP = unit("WS-1", UnitType.WORKSHOP, "500.00");
    public static final UnitRegistered STORAGE = unit("ST-1", UnitType.STORAGE, "400.00");
    public static final UnitRegistered SHARED_SPACE = unit("SH-1", UnitType.SHARED, "300.00");

    public static final List<UnitRegistered> PHASE_ONE_UNITS =
            List.of(
                    PRODUCTION_HALL_A,
                    PRODUCTION_HALL_B,
                    LAB_1,
                    LAB_2,
                    OFFICES,
                    WORKSHOP,
                    STORAGE,
                    SHARED_SPACE);

    /** A lab unit that is delivered with the second phase, after phase 1 opens. */
    public static final UnitRegistered LAB_OF_PHASE_TWO =
            new UnitRegistered(
                    UnitId.forCode("Phase 2", "LAB-10"),
                    "Phase 2",
                    "LAB-10",
                    UnitType.LAB,
                    AreaM2.parse("750.00"),
                    LocalDate.of(2027, 3, 1));

    public static final EnterpriseNumber BATTERY_START_UP_NUMBER =
            EnterpriseNumber.parse("0403.170.701");
    public static final TenantRegistered BATTERY_START_UP =
            new TenantRegistered(
                    TenantId.forEnterprise(BATTERY_START_UP_NUMBER),
                    "Voltcell Labs",
                    BATTERY_START_UP_NUMBER,
                    TenantProfile.START_UP,
                    "energy storage",
                    contact("person-4f1c2a"));

    public static final EnterpriseNumber ENGINEERING_FIRM_NUMBER =
            EnterpriseNumber.parse("0477.919.196");
    public static final TenantRegistered ENGINEERING_FIRM =
            new TenantRegistered(
                    TenantId.forEnterprise(ENGINEERING_FIRM_NUMBER),
                    "Limburg Drive Systems",
                    ENGINEERING_FIRM_NUMBER,
                    TenantProfile.SCALE_UP,
                    "drive-train engineering",
                    contact("person-9b77d0"));

    public static final EnterpriseNumber SERVICE_DESK_NUMBER =
            EnterpriseNumber.parse("0812.345.603");

    /** A tenant registered without a contact person. */
    public static final TenantRegistered SERVICE_DESK =
            new TenantRegistered(
                    TenantId.forEnterprise(SERVICE_DESK_NUMBER),
                    "Campus Services",
                    SERVICE_DESK_NUMBER,
                    TenantProfile.SERVICE_PROVIDER,
                    "facility services",
                    null);

    public static final SourceCode ERDF = SourceCode.ERDF;
    public static final SourceCode HERMES = SourceCode.of("HERMES");
    public static final SourceCode CAPITAL = SourceCode.of("CAPITAL");
    public static final SourceCode BANK = SourceCode.of("BANK");

    public static final ProgrammeId CAMPUS_PROGRAMME =
            ProgrammeId.of("programme-thor-park-phase-1");
    public static final String CAMPUS_PROGRAMME_NAME = "Thor Park campus investment";
    public static final List<FundingSource> CAMPUS_SOURCES =
            List.of(
                    new FundingSource(
                            ERDF, "European Regional Development Fund", Money.parse("5200000.00")),
                    new FundingSource(HERMES, "Hermes fund", Money.parse("1000000.00")),
                    new FundingSource(CAPITAL, "Shareholders' capital", Money.parse("3800000.00")),
                    new FundingSource(BANK, "Bank loan", Money.parse("6000000.00")));
    public static final FundingProgrammeOpened CAMPUS_PROGRAMME_OPENED =
            new FundingProgrammeOpened(CAMPUS_PROGRAMME, CAMPUS_PROGRAMME_NAME, CAMPUS_SOURCES);

    private CampusMother() {}

    private static UnitRegistered unit(String code, UnitType type, String area) {
        return new UnitRegistered(
                UnitId.forCode(PHASE_ONE, code),
                PHASE_ONE,
                code,
                type,
                AreaM2.parse(area),
                PHASE_ONE_OPENS);
    }

    private static ContactPerson contact(String personId) {
        return new ContactPerson(
                personId,
                new SealedText(personId, "c2VhbGVkLW5hbWU="),
                new SealedText(personId, "c2VhbGVkLWVtYWls"));
    }
}
