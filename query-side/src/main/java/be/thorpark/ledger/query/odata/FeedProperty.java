package be.thorpark.ledger.query.odata;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;

/**
 * One typed property of an entity set. Money and areas are decimals with two decimals, business
 * dates are dates, instants are date-time offsets; a list property is a collection of strings.
 */
record FeedProperty(String name, EdmPrimitiveTypeKind type, Integer scale, boolean collection) {

    static FeedProperty text(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.String, null, false);
    }

    static FeedProperty texts(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.String, null, true);
    }

    /** Euro amounts, square metres and percentages: exact, two decimals. */
    static FeedProperty decimal(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.Decimal, 2, false);
    }

    static FeedProperty date(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.Date, null, false);
    }

    static FeedProperty instant(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.DateTimeOffset, null, false);
    }

    static FeedProperty int64(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.Int64, null, false);
    }

    /** A list of positions (a figure's lineage). */
    static FeedProperty int64s(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.Int64, null, true);
    }

    static FeedProperty int32(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.Int32, null, false);
    }

    static FeedProperty bool(String name) {
        return new FeedProperty(name, EdmPrimitiveTypeKind.Boolean, null, false);
    }
}
