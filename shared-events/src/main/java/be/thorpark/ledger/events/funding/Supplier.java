package be.thorpark.ledger.events.funding;

import be.thorpark.ledger.events.VatNumber;

/** The supplier of a declared invoice, by name and VAT identification. */
public record Supplier(String name, VatNumber vatNumber) {}
