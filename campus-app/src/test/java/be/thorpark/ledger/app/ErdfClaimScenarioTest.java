package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.integrity.ReportPack;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 2022 construction costs declared line by line with their evidence, rejected, corrected,
 * approved with one line cut, then claimed and paid from ERDF at its 40 % co-financing rate: the
 * claim rule, the claims view, the indicators and the signed report pack agree to the cent, and the
 * pack verifies offline while a tampered copy does not.
 */
class ErdfClaimScenarioTest extends LedgerAppTest {

    static final byte[] INVOICE_PDF =
            "%PDF-1.7\n1 0 obj << /Title (Invoice 2022-0117 steel works) >> endobj\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PAYMENT_PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0
    };
    static final byte[] TENDER_PDF =
            "%PDF-1.4\n% procurement file: open tender 2021/014 hall structure\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private String id(LedgerHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> line(
            String vat, String invoice, String amount, String eligible, List<String> evidence) {
        return body(
                "supplier",
                body("name", "Bouwbedrijf Limburg NV", "vatNumber", vat),
                "invoiceNumber",
                invoice,
                "invoiceDate",
                "2022-05-02",
                "paymentDate",
                "2022-06-01",
                "description",
                "Steel structure of the production halls",
                "category",
                "CONSTRUCTION_WORKS",
                "amountExclVat",
                amount,
                "declaredEligible",
                eligible,
                "evidence",
                evidence);
    }

    @Test
    void erdfIsClaimedFromTheApprovedCostsAndThePackProvesIt() throws IOException {
        LedgerHttp ops = ops();
        Map<String, Object> programmeBody = Campus.programme();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources =
                (List<Map<String, Object>>) programmeBody.get("sources");
        sources.get(0).put("coFinancingRate", "40.00");
        String programme = id(ops.post("/api/funding-programmes", programmeBody));
        String base = "/api/funding-programmes/" + programme;

        String hall =
                id(ops.post("/api/units", Campus.unit("HALL-E1", "PRODUCTION_HALL", "3000.00")));
        String tenant = id(ops.post("/api/tenants", Campus.tenant("Genk Additive BV", "START_UP")));
        id(
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                tenant, hall, "1200.00", "2023-01-09", "2030-08-31", "9600.00")));
        id(
                ops.post(
                        "/api/tenants/" + tenant + "/jobs",
                        body(
                                "change",
                                "CREATED",
                                "count",
                                24,
                                "category",
                                "production",
                                "effectiveDate",
                                "2023-02-01",
                                "fte",
                                "21.50")));

        LedgerHttp.Response invoice =
                ops.upload(
                        "/api/evidence", "invoice-2022-0117.pdf", "application/pdf", INVOICE_PDF);
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        String invoiceHash = invoice.json().get("sha256").asString();
        assertThat(ops.upload("/api/evidence", "copy.pdf", "application/pdf", INVOICE_PDF).status())
                .as("the same bytes are never stored twice")
                .isEqualTo(200);
        String paymentHash =
                ops.upload("/api/evidence", "payment.png", "image/png", PAYMENT_PNG)
                        .json()
                        .get("sha256")
                        .asString();
        String tenderHash =
                ops.upload("/api/evidence", "tender.pdf", "application/pdf", TENDER_PDF)
                        .json()
                        .get("sha256")
                        .asString();
        LedgerHttp.Response script =
                ops.upload(
                        "/api/evidence",
                        "invoice.pdf",
                        "application/pdf",
                        "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(script.status())
                .as("content sniffing refuses a script named .pdf")
                .isEqualTo(400);
        assertThat(auditor().download("/api/evidence/" + invoiceHash).body())
                .isEqualTo(INVOICE_PDF);

        String report =
                id(
                        ops.post(
                                base + "/reports",
                                body(
                                        "periodFrom",
                                        "2022-01-01",
                                        "periodTo",
                                        "2022-12-31",
                                        "kind",
                                        "FINANCIAL",
                                        "summary",
                                        "Construction costs 2022",
                                        "draft",
                                        true)));
        String reportPath = base + "/reports/" + report;
        String steel =
                id(
                        ops.post(
                                reportPath + "/lines",
                                line(
                                        "BE0403170701",
                                        "2022-0117",
                                        "6500000.00",
                                        "6400000.00",
                                        List.of(invoiceHash, paymentHash))));
        String halls =
                id(
                        ops.post(
                                reportPath + "/lines",
                                line(
                                        "BE0403170701",
                                        "2022-0342",
                                        "5000000.00",
                                        "5000000.00",
                                        List.of(tenderHash))));
        String fees =
                id(
                        ops.post(
                                reportPath + "/lines",
                                line(
                                        "NL004495445B01",
                                        "F-2022-88",
                                        "1800000.00",
                                        "1800000.00",
                                        List.of(invoiceHash))));
        LedgerHttp.Response twice =
                ops.post(
                        reportPath + "/lines",
                        line("0403.170.701", "2022/0117", "1.00", "1.00", List.of(invoiceHash)));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("INVOICE_ALREADY_DECLARED");
        LedgerHttp.Response noEvidence =
                ops.post(
                        reportPath + "/lines",
                        line("BE0403170701", "2022-0999", "1.00", "1.00", List.of("0".repeat(64))));
        assertThat(noEvidence.json().get("code").asString()).isEqualTo("EVIDENCE_NOT_FOUND");

        id(ops.post(reportPath + "/submission", body()));
        LedgerHttp.Response frozen =
                ops.post(
                        reportPath + "/lines",
                        line("BE0403170701", "2022-0400", "1.00", "1.00", List.of(invoiceHash)));
        assertThat(frozen.json().get("code").asString()).isEqualTo("REPORT_LINES_FROZEN");

        id(
                ops.post(
                        reportPath + "/rejection",
                        body(
                                "remarks",
                                "Fees invoice lacks a proof of payment",
                                "decidedOn",
                                "2023-02-10")));
        id(
                ops.post(
                        reportPath + "/lines/" + fees + "/withdrawal",
                        body("reason", "re-declared with proof")));
        String corrected =
                id(
                        ops.post(
                                reportPath + "/lines",
                                line(
                                        "NL004495445B01",
                                        "F-2022-88",
                                        "1800000.00",
                                        "1700000.00",
                                        List.of(invoiceHash, paymentHash))));
        id(
                ops.post(
                        reportPath + "/resubmission",
                        body("summary", "Construction costs 2022, fees proof added")));

        id(
                ops.post(
                        reportPath + "/lines/" + steel + "/acceptance",
                        body(
                                "acceptedEligible",
                                "6300000.00",
                                "remarks",
                                "Site huts are not eligible")));
        id(
                ops.post(
                        reportPath + "/lines/" + halls + "/acceptance",
                        body("acceptedEligible", "5000000.00")));
        LedgerHttp.Response above =
                ops.post(
                        reportPath + "/lines/" + corrected + "/acceptance",
                        body("acceptedEligible", "1700000.01"));
        assertThat(above.json().get("code").asString()).isEqualTo("ACCEPTED_ABOVE_DECLARED");
        id(
                ops.post(
                        reportPath + "/lines/" + corrected + "/refusal",
                        body("refusal", "Study fees fall outside the approved project scope")));
        LedgerHttp.Response approval =
                ops.post(
                        reportPath + "/approval",
                        body("remarks", "Approved with one line cut", "decidedOn", "2023-03-15"));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);

        // 40 % of 6,300,000.00 + 5,000,000.00 approved = 4,520,000.00
        JsonNode claims =
                reporter().get(base + "/claims?minPosition=" + approval.position()).json();
        JsonNode erdf =
                claims.get("sources")
                        .valueStream()
                        .filter(s -> s.get("code").asString().equals("ERDF"))
                        .findFirst()
                        .orElseThrow();
        assertThat(erdf.get("approvedEligible").asString()).isEqualTo("11300000.00");
        assertThat(erdf.get("claimable").asString()).isEqualTo("4520000.00");
        assertThat(erdf.get("lineage").get("approvals").get(0).asLong())
                .isEqualTo(approval.position());

        LedgerHttp.Response overClaim =
                ops.post(
                        base + "/disbursements",
                        body(
                                "source",
                                "ERDF",
                                "amount",
                                "4520000.01",
                                "reportId",
                                report,
                                "requestedOn",
                                "2023-03-20"));
        assertThat(overClaim.status()).as(overClaim.toString()).isEqualTo(422);
        assertThat(overClaim.json().get("code").asString())
                .isEqualTo("CLAIM_EXCEEDS_APPROVED_COSTS");
        assertThat(overClaim.json().get("claimable").asString()).isEqualTo("4520000.00");
        String claim =
                id(
                        ops.post(
                                base + "/disbursements",
                                body(
                                        "source",
                                        "ERDF",
                                        "amount",
                                        "4520000.00",
                                        "reportId",
                                        report,
                                        "requestedOn",
                                        "2023-03-20")));
        LedgerHttp.Response paid =
                ops.post(
                        base + "/disbursements/" + claim + "/payment",
                        body("paidOn", "2023-04-28"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

        JsonNode after = reporter().get(base + "/claims?minPosition=" + paid.position()).json();
        JsonNode erdfAfter =
                after.get("sources")
                        .valueStream()
                        .filter(s -> s.get("code").asString().equals("ERDF"))
                        .findFirst()
                        .orElseThrow();
        assertThat(erdfAfter.get("claimable").asString()).isEqualTo("0.00");
        assertThat(erdfAfter.get("paid").asString()).isEqualTo("4520000.00");
        JsonNode lines =
                reporter()
                        .get(reportPath + "/lines?minPosition=" + paid.position())
                        .json()
                        .get("items");
        assertThat(lines.findValuesAsString("status"))
                .containsExactly("ACCEPTED", "ACCEPTED", "REFUSED");
        String linesCsv = reporter().get(reportPath + "/lines", "Accept", "text/csv").text();
        assertThat(linesCsv).contains("6300000.00").contains(invoiceHash);

        JsonNode indicators =
                reporter()
                        .get("/api/indicators?date=2023-12-31&minPosition=" + paid.position())
                        .json();
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        indicators.get("figures").forEach(f -> figures.put(f.get("indicator").asString(), f));
        assertThat(Long.parseLong(figures.get("CO01").get("value").asString())).isPositive();
        assertThat(Long.parseLong(figures.get("CO05").get("value").asString())).isPositive();
        assertThat(new java.math.BigDecimal(figures.get("CO08").get("value").asString()))
                .isGreaterThanOrEqualTo(new java.math.BigDecimal("21.50"));
        assertThat(figures.get("LEASED").get("lineage").size()).isPositive();

        LedgerHttp.Response forbidden = reporter().get(reportPath + "/pack");
        assertThat(forbidden.status()).isEqualTo(403);
        byte[] pack = auditor().download(reportPath + "/pack").body();
        byte[] again = auditor().download(reportPath + "/pack").body();
        assertThat(again).as("a rebuilt pack is the same bytes").isEqualTo(pack);

        PublicKey key =
                SigningKey.publicKeyFromText(
                        auditor().get("/api/integrity/key").json().get("publicKeyPem").asString());
        ReportPack.Check check = ReportPack.verify(new ByteArrayInputStream(pack), key);
        assertThat(check.valid()).as(String.valueOf(check.problem())).isTrue();
        assertThat(check.manifest().decisionPosition()).isEqualTo(approval.position());
        Map<String, byte[]> entries = unzip(pack);
        String reconciliation =
                new String(entries.get("reconciliation.json"), StandardCharsets.UTF_8);
        assertThat(reconciliation)
                .contains("\"claimable\" : \"4520000.00\"")
                .contains("\"requested\" : \"0.00\"");
        assertThat(new String(entries.get("report.json"), StandardCharsets.UTF_8))
                .contains("\"approvedEligible\" : \"11300000.00\"");
        assertThat(new String(entries.get("evidence.json"), StandardCharsets.UTF_8))
                .contains(tenderHash);
        assertThat(new String(entries.get("indicators.json"), StandardCharsets.UTF_8))
                .contains("\"CO39\"");

        entries.put(
                "lines.csv",
                new String(entries.get("lines.csv"), StandardCharsets.UTF_8)
                        .replace("6300000.00", "6400000.00")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] tampered = zip(entries);
        assertThat(ReportPack.verify(new ByteArrayInputStream(tampered), key).valid()).isFalse();

        Path dir = Files.createTempDirectory("pack");
        Files.write(dir.resolve("pack.zip"), pack);
        Files.write(dir.resolve("tampered.zip"), tampered);
        Files.writeString(
                dir.resolve("key.pem"),
                auditor().get("/api/integrity/key").json().get("publicKeyPem").asString());
        assertThat(verifyPack(dir.resolve("pack.zip"), dir.resolve("key.pem"))).isZero();
        assertThat(verifyPack(dir.resolve("tampered.zip"), dir.resolve("key.pem"))).isEqualTo(1);
    }

    private static int verifyPack(Path pack, Path key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new LedgerCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(
                        new String[] {
                            "verify-pack", "--pack", pack.toString(), "--public-key", key.toString()
                        });
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
