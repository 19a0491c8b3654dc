package be.thorpark.ledger.app.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic campus history of any length, told as the REST commands operations staff send:
 * units and tenants registered, arrivals, leases signed, amended and terminated, jobs, the funding
 * programme with its reports, approvals, disbursements and payments, in the proportions of {@link
 * Kind}.
 *
 * <p>Each history is one campus of its own (its own buildings, enterprise numbers and programme),
 * so several can be told against one ledger at once. The same seed and the same answers give the
 * same commands: the ids of what a command created come back through {@link #created}, and every
 * command only refers to what exists by then, so the ledger accepts every one of them.
 */
public final class CampusHistory {

    /**
     * The command types and how often each is sent, per hundred commands, once its prerequisites
     * exist.
     */
    public enum Kind {
        UNIT(8),
        TENANT(8),
        ARRIVAL(6),
        LEASE(14),
        AMENDMENT(8),
        TERMINATION(3),
        JOBS(25),
        PROGRAMME(0),
        REPORT(6),
        APPROVAL(5),
        DISBURSEMENT(10),
        PAYMENT(7);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** One command: its type, the path to post to and the JSON body. */
    public record Command(Kind kind, String path, Map<String, Object> body) {}

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    private static final int UNIT_AREA = 2000;
    private static final int LEASE_AREA = 100;
    private static final int AMENDED_AREA = 120;

    private final Random random;
    private final String campus;
    private static final long ENTERPRISE_BLOCK = 100_000L;

    /** Enterprise numbers have eight digits before the check (the first 0 or 1): 20 million. */
    private static final int ENTERPRISE_BLOCKS = 200;

    private final long enterpriseBlock;
    private final long enterpriseOffset;
    private final List<Unit> units = new ArrayList<>();
    private final List<String> arrived = new ArrayList<>();
    private final List<String> awaitingArrival = new ArrayList<>();
    private final List<String> activeLeases = new ArrayList<>();
    private final List<String> submittedReports = new ArrayList<>();
    private final List<String> approvedReports = new ArrayList<>();
    private final List<String> requestedDisbursements = new ArrayList<>();
    private String programme;
    private long counter;
    private Command pending;

    /** What the pending command changes once it is accepted, given the id of what it created. */
    private Consumer<String> effect;

    private static final class Unit {
        String id;
        int freeArea = UNIT_AREA;
    }

    /**
     * @param seed the same seed tells the same history
     * @param campus which of several histories told at once this is (0, 1, 2, ...); keeps their
     *     entities apart
     */
    public CampusHistory(long seed, int campus) {
        this.random = new Random(seed * 1_000_003L + campus);
        this.campus = Long.toString(Math.floorMod(seed, 10_000L)) + "-" + campus;
        // A block of 100,000 numbers per history, so that histories told at once never share one.
        if (campus < 0 || campus >= ENTERPRISE_BLOCKS) {
            throw new IllegalArgumentException(
                    "a history is one of at most "
                            + ENTERPRISE_BLOCKS
                            + " told at once: 0 to "
                            + (ENTERPRISE_BLOCKS - 1));
        }
        this.enterpriseBlock = campus * ENTERPRISE_BLOCK;
        this.enterpriseOffset = Math.floorMod(seed * 7_919L, ENTERPRISE_BLOCK);
    }

    /**
     * The next command; call {@link #created} or {@link #accepted} with its answer before asking
     * for another.
     */
    public Command next() {
        if (pending != null) {
            throw new IllegalStateException(
                    "the answer to " + pending.kind() + " is still awaited");
        }
        pending = commandFor(draw());
        return pending;
    }

    /**
     * The last command was accepted and created the entity {@code id} (the {@code id} of the
     * answer).
     */
    public void created(String id) {
        Consumer<String> done = effect;
        pending = null;
        effect = null;
        done.accept(id);
    }

    /**
     * The last command was accepted (it created nothing, or what it created is not referred to
     * later).
     */
    public void accepted() {
        created(null);
    }

    /** The last command was refused; nothing it would have created or changed is assumed. */
    public void refused() {
        pending = null;
        effect = null;
    }

    private Kind draw() {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += kind.weight;
        }
        int pick = random.nextInt(total);
        for (Kind kind : Kind.values()) {
            pick -= kind.weight;
            if (pick < 0) {
                return prerequisiteOf(kind);
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }

    /** The kind itself when what it needs exists, else the command that creates what it needs. */
    private Kind prerequisiteOf(Kind kind) {
        return switch (kind) {
            case ARRIVAL -> awaitingArrival.isEmpty() ? Kind.TENANT : kind;
            case LEASE ->
                    arrived.isEmpty()
                            ? prerequisiteOf(Kind.ARRIVAL)
                            : freeUnit() == null ? Kind.UNIT : kind;
            case AMENDMENT, TERMINATION ->
                    activeLeases.isEmpty() ? prerequisiteOf(Kind.LEASE) : kind;
            case JOBS -> arrived.isEmpty() ? prerequisiteOf(Kind.ARRIVAL) : kind;
            case REPORT, DISBURSEMENT -> programme == null ? Kind.PROGRAMME : kind;
            case APPROVAL -> submittedReports.isEmpty() ? prerequisiteOf(Kind.REPORT) : kind;
            case PAYMENT ->
                    requestedDisbursements.isEmpty() ? prerequisiteOf(Kind.DISBURSEMENT) : kind;
            default -> kind;
        };
    }

    private Command commandFor(Kind kind) {
        long n = ++counter;
        String day = FIRST_DAY.plusDays(n / 4).toString();
        effect = id -> {};
        return switch (kind) {
            case UNIT -> {
                String[] types = {"PRODUCTION_HALL", "LAB", "OFFICE", "WORKSHOP", "STORAGE"};
                effect =
                        id -> {
                            Unit unit = new Unit();
                            unit.id = id;
                            units.add(unit);
                        };
                yield new Command(
                        kind,
                        "/api/units",
                        body(
                                "code",
                                "U" + n,
                                "building",
                                "SMC " + campus,
                                "type",
                                types[random.nextInt(types.length)],
                                "areaM2",
                                UNIT_AREA + ".00",
                                "availableFrom",
                                "2022-12-15",
                                "reason",
                                "delivery of the building"));
            }
            case TENANT -> {
                String[] profiles = {"START_UP", "SCALE_UP", "ESTABLISHED", "SERVICE_PROVIDER"};
                effect = awaitingArrival::add;
                yield new Command(
                        kind,
                        "/api/tenants",
                        body(
                                "name",
                                "Campus company " + campus + "/" + n,
                                "enterpriseNumber",
                                enterpriseNumber(n),
                                "profile",
                                profiles[random.nextInt(profiles.length)],
                                "sector",
                                "smart manufacturing",
                                "reason",
                                "application accepted"));
            }
            case ARRIVAL -> {
                String tenant = awaitingArrival.get(0);
                effect = id -> arrived.add(awaitingArrival.remove(0));
                yield new Command(kind, "/api/tenants/" + tenant + "/arrival", body("date", day));
            }
            case LEASE -> {
                Unit unit = freeUnit();
                String tenant = pick(arrived);
                effect =
                        id -> {
                            unit.freeArea -= AMENDED_AREA;
                            activeLeases.add(id);
                        };
                yield new Command(
                        kind,
                        "/api/leases",
                        body(
                                "tenantId",
                                tenant,
                                "unitId",
                                unit.id,
                                "areaM2",
                                LEASE_AREA + ".00",
                                "startDate",
                                day,
                                "endDate",
                                LocalDate.parse(day).plusYears(5).toString(),
                                "monthlyRent",
                                (1000 + random.nextInt(9000)) + ".00"));
            }
            case AMENDMENT ->
                    new Command(
                            kind,
                            "/api/leases/" + pick(activeLeases) + "/amendments",
                            body(
                                    "effectiveDate",
                                    day,
                                    "areaM2",
                                    AMENDED_AREA + ".00",
                                    "monthlyRent",
                                    (1000 + random.nextInt(9000)) + ".50",
                                    "reason",
                                    "extra storage"));
            case TERMINATION -> {
                String lease = pick(activeLeases);
                effect = id -> activeLeases.remove(lease);
                yield new Command(
                        kind,
                        "/api/leases/" + lease + "/termination",
                        body(
                                "effectiveDate",
                                LocalDate.parse(day).plusYears(1).toString(),
                                "reason",
                                "moves out"));
            }
            case JOBS ->
                    new Command(
                            kind,
                            "/api/tenants/" + pick(arrived) + "/jobs",
                            body(
                                    "change",
                                    "CREATED",
                                    "count",
                                    1 + random.nextInt(12),
                                    "category",
                                    random.nextBoolean() ? "engineering" : "operations",
                                    "effectiveDate",
                                    day));
            case PROGRAMME -> {
                effect = id -> programme = id;
                yield new Command(
                        kind,
                        "/api/funding-programmes",
                        body(
                                "name",
                                "Campus programme " + campus,
                                "sources",
                                List.of(
                                        body(
                                                "code",
                                                "ERDF",
                                                "name",
                                                "European Regional Development Fund",
                                                "committed",
                                                "5200000000.00"),
                                        body(
                                                "code",
                                                "HERMES",
                                                "name",
                                                "Hermes fund",
                                                "committed",
                                                "1000000000.00"),
                                        body(
                                                "code",
                                                "BANK",
                                                "name",
                                                "External bank financing",
                                                "committed",
                                                "6000000000.00")),
                                "reason",
                                "programme decision"));
            }
            case REPORT -> {
                effect = submittedReports::add;
                yield new Command(
                        kind,
                        "/api/funding-programmes/" + programme + "/reports",
                        body(
                                "periodFrom",
                                "2021-01-01",
                                "periodTo",
                                "2021-12-31",
                                "kind",
                                random.nextBoolean() ? "FINANCIAL" : "CONTENT",
                                "summary",
                                "Progress " + n));
            }
            case APPROVAL -> {
                String report = pick(submittedReports);
                effect =
                        id -> {
                            submittedReports.remove(report);
                            approvedReports.add(report);
                        };
                yield new Command(
                        kind,
                        "/api/funding-programmes/" + programme + "/reports/" + report + "/approval",
                        body("remarks", "Checked"));
            }
            case DISBURSEMENT -> {
                effect = requestedDisbursements::add;
                String amount = (100 + random.nextInt(900)) + ".00";
                yield approvedReports.isEmpty() || random.nextInt(3) == 0
                        ? new Command(
                                kind,
                                "/api/funding-programmes/" + programme + "/disbursements",
                                body(
                                        "source",
                                        random.nextBoolean() ? "HERMES" : "BANK",
                                        "amount",
                                        amount))
                        : new Command(
                                kind,
                                "/api/funding-programmes/" + programme + "/disbursements",
                                body(
                                        "source",
                                        "ERDF",
                                        "amount",
                                        amount,
                                        "reportId",
                                        pick(approvedReports)));
            }
            case PAYMENT -> {
                String disbursement = pick(requestedDisbursements);
                effect = id -> requestedDisbursements.remove(disbursement);
                yield new Command(
                        kind,
                        "/api/funding-programmes/"
                                + programme
                                + "/disbursements/"
                                + disbursement
                                + "/payment",
                        body("paidOn", day));
            }
        };
    }

    private Unit freeUnit() {
        for (Unit unit : units) {
            if (unit.freeArea >= AMENDED_AREA) {
                return unit;
            }
        }
        return null;
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** A valid Belgian enterprise number of this history: eight digits plus their mod-97 check. */
    private String enterpriseNumber(long n) {
        long digits = enterpriseBlock + (enterpriseOffset + n) % ENTERPRISE_BLOCK;
        return String.format("%08d%02d", digits, 97 - digits % 97);
    }

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
