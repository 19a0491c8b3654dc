package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.events.Money;

/**
 * What the programme remembers of a declared line to decide later commands: its report, the invoice
 * it declares, the declared eligible amount and the Management Authority's review so far ({@code
 * accepted} null and {@code refused} false while unreviewed).
 */
record ExpenditureLine(
        String lineId,
        String reportId,
        String invoiceKey,
        Money declaredEligible,
        Money accepted,
        boolean refused,
        int order) {

    boolean reviewed() {
        return accepted != null || refused;
    }

    Money acceptedOrZero() {
        return accepted == null ? Money.ZERO : accepted;
    }

    ExpenditureLine acceptedAt(Money amount) {
        return new ExpenditureLine(
                lineId, reportId, invoiceKey, declaredEligible, amount, false, order);
    }

    ExpenditureLine asRefused() {
        return new ExpenditureLine(
                lineId, reportId, invoiceKey, declaredEligible, null, true, order);
    }

    ExpenditureLine unreviewed() {
        return new ExpenditureLine(
                lineId, reportId, invoiceKey, declaredEligible, null, false, order);
    }
}
