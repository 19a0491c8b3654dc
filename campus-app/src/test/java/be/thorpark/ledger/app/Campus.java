package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Request bodies with the campus's real figures; every call makes fresh units and companies. */
final class Campus {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private Campus() {}

    /**
     * A valid Belgian enterprise number not used before in this run: eight digits plus their mod-97
     * check.
     */
    static String freshEnterpriseNumber() {
        long body = 4_000_000L + NEXT.incrementAndGet() % 5_000_000L;
        long check = 97 - body % 97;
        return String.format("0%07d%02d", body, check);
    }

    static Map<String, Object> unit(String code, String type, String areaM2) {
        return body(
                "code",
                code,
                "building",
                "SMC " + NEXT.incrementAndGet(),
                "type",
                type,
                "areaM2",
                areaM2,
                "availableFrom",
                "2022-12-15",
                "reason",
                "provisional delivery of the building");
    }

    static Map<String, Object> tenant(String name, String profile) {
        return body(
                "name",
                name,
                "enterpriseNumber",
                freshEnterpriseNumber(),
                "profile",
                profile,
                "sector",
                "process automation",
                "reason",
                "application accepted");
    }

    static Map<String, Object> lease(
            String tenantId, String unitId, String areaM2, String from, String to, String rent) {
        return body(
                "tenantId",
                tenantId,
                "unitId",
                unitId,
                "areaM2",
                areaM2,
                "startDate",
                from,
                "endDate",
                to,
                "monthlyRent",
                rent);
    }

    static Map<String, Object> programme() {
        return body(
                "name",
                "Smart Manufacturing Campus building",
                "sources",
                List.of(
                        body(
                                "code",
                                "ERDF",
                                "name",
                                "European Regional Development Fund (EFRO)",
                                "committed",
                                "5200000.00"),
                        body("code", "HERMES", "name", "Hermes fund", "committed", "1000000.00"),
                        body(
                                "code",
                                "CAPITAL",
                                "name",
                                "Capital increase NV Mo-Thor by NV Thor Park",
                                "committed",
                                "3800000.00"),
                        body(
                                "code",
                                "BANK",
                                "name",
                                "External bank financing",
                                "committed",
                                "6000000.00")),
                "reason",
                "ERDF programme 2014-2020 decision");
    }
}
