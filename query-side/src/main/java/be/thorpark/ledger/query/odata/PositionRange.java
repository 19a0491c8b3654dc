package be.thorpark.ledger.query.odata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.expression.Binary;
import org.apache.olingo.server.api.uri.queryoption.expression.BinaryOperatorKind;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;

/**
 * The positions a filter on the history can match, read from its comparisons of {@code Position}
 * with a number joined by {@code and} ({@code Position gt 900000 and Type eq 'LeaseSigned'}), so
 * that the scan starts and ends there instead of at the ends of the history. Anything else leaves
 * the range open; the filter itself still decides.
 *
 * @param after the scan starts after this position
 * @param upTo and ends at this one
 */
record PositionRange(long after, long upTo) {

    static final PositionRange ALL = new PositionRange(0, Long.MAX_VALUE);

    PositionRange {
        after = Math.max(0, after);
    }

    static PositionRange of(Expression filter, String key) {
        if (!(filter instanceof Binary binary)) {
            return ALL;
        }
        if (binary.getOperator() == BinaryOperatorKind.AND) {
            PositionRange left = of(binary.getLeftOperand(), key);
            PositionRange right = of(binary.getRightOperand(), key);
            return new PositionRange(
                    Math.max(left.after, right.after), Math.min(left.upTo, right.upTo));
        }
        boolean keyLeft = isKey(binary.getLeftOperand(), key);
        Expression other = keyLeft ? binary.getRightOperand() : binary.getLeftOperand();
        if (!(keyLeft || isKey(binary.getRightOperand(), key))
                || !(other instanceof Literal literal)) {
            return ALL;
        }
        long floor;
        long ceiling;
        try {
            BigDecimal value = new BigDecimal(literal.getText());
            floor = value.setScale(0, RoundingMode.FLOOR).longValueExact();
            ceiling = value.setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return ALL;
        }
        BinaryOperatorKind operator =
                keyLeft ? binary.getOperator() : mirrored(binary.getOperator());
        return switch (operator) {
            case GT -> new PositionRange(floor, Long.MAX_VALUE);
            case GE -> new PositionRange(ceiling - 1, Long.MAX_VALUE);
            case LT -> new PositionRange(0, ceiling - 1);
            case LE -> new PositionRange(0, floor);
            case EQ -> new PositionRange(ceiling - 1, floor);
            default -> ALL;
        };
    }

    private static BinaryOperatorKind mirrored(BinaryOperatorKind operator) {
        return switch (operator) {
            case GT -> BinaryOperatorKind.LT;
            case GE -> BinaryOperatorKind.LE;
            case LT -> BinaryOperatorKind.GT;
            case LE -> BinaryOperatorKind.GE;
            default -> operator;
        };
    }

    private static boolean isKey(Expression expression, String key) {
        if (!(expression instanceof Member member)) {
            return false;
        }
        List<UriResource> parts = member.getResourcePath().getUriResourceParts();
        return parts.size() == 1
                && parts.get(0) instanceof UriResourcePrimitiveProperty property
                && property.getProperty().getName().equals(key);
    }
}
