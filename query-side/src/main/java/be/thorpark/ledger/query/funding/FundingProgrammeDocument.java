package be.thorpark.ledger.query.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One funding programme as the funding view keeps it; {@link FundingCodec} maps it to and from the
 * stored document.
 *
 * @param programmeId null until the programme's opening has reached the view (its parts' events can
 *     come first)
 * @param version the number of the programme's events: the {@code ETag} of it and of its parts
 */
public record FundingProgrammeDocument(
        String id,
        String programmeId,
        String name,
        List<Source> sources,
        Instant openedAt,
        long version,
        long position) {

    /** A source as committed at the opening. */
    public record Source(String code, String name, BigDecimal committed) {}

    /** Per source: committed, requested (open requests) and paid (paid amounts). */
    public record SourceSum(
            String code, String name, BigDecimal committed, BigDecimal requested, BigDecimal paid) {

        /** Committed minus requested minus paid. */
        public BigDecimal remaining() {
            return committed.subtract(requested).subtract(paid);
        }
    }

    public FundingProgrammeDocument {
        sources = List.copyOf(sources);
    }

    public boolean opened() {
        return programmeId != null;
    }

    /**
     * The sums per source over {@code disbursements}, in the order the sources were committed; a
     * source only disbursements name follows them. A paid disbursement counts its paid amount (its
     * requested amount when none was stated), an open one its requested amount.
     */
    public List<SourceSum> sums(List<DisbursementDocument> disbursements) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Source source : sources) {
            sums.put(source.code(), new BigDecimal[] {orZero(source.committed()), zero(), zero()});
            names.put(source.code(), source.name());
        }
        for (DisbursementDocument d : disbursements) {
            BigDecimal[] sum =
                    sums.computeIfAbsent(
                            d.source(), k -> new BigDecimal[] {zero(), zero(), zero()});
            if (d.paid()) {
                sum[2] = sum[2].add(d.paidAmount() != null ? d.paidAmount() : orZero(d.amount()));
            } else {
                sum[1] = sum[1].add(orZero(d.amount()));
            }
        }
        List<SourceSum> lines = new ArrayList<>();
        sums.forEach(
                (code, s) -> lines.add(new SourceSum(code, names.get(code), s[0], s[1], s[2])));
        return lines;
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? zero() : value;
    }
}
