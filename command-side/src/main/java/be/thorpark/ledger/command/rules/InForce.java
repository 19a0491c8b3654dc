package be.thorpark.ledger.command.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Terms that change from effective dates, in the one meaning the ledger gives to amendments
 * (docs/architecture.md, "Amendments in force"): on a date, the terms stated with the latest
 * effective date on or before it are in force; of several stated with the same effective date, the
 * one recorded last. A backdated change therefore holds only until the next change that was already
 * in the record, never over it.
 *
 * @param <T> the terms, stated in full by every change
 */
public final class InForce<T> {

    private final List<Change<T>> byEffect = new ArrayList<>();

    private record Change<T>(LocalDate effective, T terms) {}

    /** Records terms that hold from {@code effective}; call in recording order. */
    public void from(LocalDate effective, T terms) {
        int at = byEffect.size();
        while (at > 0 && byEffect.get(at - 1).effective().isAfter(effective)) {
            at--;
        }
        byEffect.add(at, new Change<>(effective, terms));
    }

    /** The terms in force on {@code day}; empty before the first effective date. */
    public Optional<T> on(LocalDate day) {
        for (int i = byEffect.size() - 1; i >= 0; i--) {
            if (!byEffect.get(i).effective().isAfter(day)) {
                return Optional.of(byEffect.get(i).terms());
            }
        }
        return Optional.empty();
    }

    /** Every effective date, earliest first (the days on which the terms may change). */
    public List<LocalDate> effectiveDates() {
        return byEffect.stream().map(Change::effective).toList();
    }

    public InForce<T> copy() {
        InForce<T> copy = new InForce<>();
        copy.byEffect.addAll(byEffect);
        return copy;
    }
}
