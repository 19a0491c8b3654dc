package be.thorpark.ledger.query.odata;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.olingo.commons.api.edm.EdmEnumType;
import org.apache.olingo.commons.api.edm.EdmType;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.expression.BinaryOperatorKind;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitException;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitor;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.apache.olingo.server.api.uri.queryoption.expression.MethodKind;
import org.apache.olingo.server.api.uri.queryoption.expression.UnaryOperatorKind;

/**
 * Turns a parsed {@code $filter} into a test on one entity, once per request: comparisons ({@code
 * eq ne gt ge lt le in}), {@code and or not}, arithmetic, and the text and date functions reporting
 * tools send ({@code contains, startswith, endswith, tolower, toupper, trim, length, concat,
 * indexof, substring, year, month, day}). Anything else is refused with a message naming it, before
 * a single entity is read.
 */
final class FilterCompiler implements ExpressionVisitor<Function<FeedRow, Object>> {

    private FilterCompiler() {}

    static Predicate<FeedRow> compile(Expression expression) throws ODataApplicationException {
        Function<FeedRow, Object> test;
        try {
            test = expression.accept(new FilterCompiler());
        } catch (ExpressionVisitException e) {
            throw ODataProblems.badRequest("$filter: " + e.getMessage());
        }
        return row -> Boolean.TRUE.equals(test.apply(row));
    }

    /**
     * The property a member expression names, or a 400 for paths through navigations or lambdas.
     */
    static String property(Member member) throws ODataApplicationException {
        List<UriResource> parts = member.getResourcePath().getUriResourceParts();
        if (parts.size() == 1 && parts.get(0) instanceof UriResourcePrimitiveProperty property) {
            return property.getProperty().getName();
        }
        throw ODataProblems.badRequest(
                "only properties of the entity itself can be filtered or sorted on, not "
                        + member.getResourcePath().getUriResourceParts().stream()
                                .map(UriResource::getSegmentValue)
                                .toList());
    }

    @Override
    public Function<FeedRow, Object> visitMember(Member member) throws ODataApplicationException {
        String name = property(member);
        return row -> row.get(name);
    }

    @Override
    public Function<FeedRow, Object> visitLiteral(Literal literal)
            throws ODataApplicationException {
        Object value = literalValue(literal);
        return row -> value;
    }

    static Object literalValue(Literal literal) throws ODataApplicationException {
        String text = literal.getText();
        EdmType type = literal.getType();
        if (type == null || "null".equals(text)) {
            return null;
        }
        String name = type.getFullQualifiedName().getFullQualifiedNameAsString();
        try {
            return switch (name) {
                case "Edm.String" -> text.substring(1, text.length() - 1).replace("''", "'");
                case "Edm.Boolean" -> Boolean.parseBoolean(text);
                case "Edm.Byte",
                        "Edm.SByte",
                        "Edm.Int16",
                        "Edm.Int32",
                        "Edm.Int64",
                        "Edm.Decimal",
                        "Edm.Double",
                        "Edm.Single" ->
                        new BigDecimal(text);
                case "Edm.Date" -> LocalDate.parse(text);
                case "Edm.DateTimeOffset" -> OffsetDateTime.parse(text).toInstant();
                default ->
                        throw ODataProblems.badRequest(
                                "$filter: values of type " + name + " are not supported");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ODataProblems.badRequest("$filter: " + text + " is not a valid " + name);
        }
    }

    @Override
    public Function<FeedRow, Object> visitBinaryOperator(
            BinaryOperatorKind operator,
            Function<FeedRow, Object> left,
            Function<FeedRow, Object> right)
            throws ODataApplicationException {
        return switch (operator) {
            case AND ->
                    row ->
                            Boolean.TRUE.equals(left.apply(row))
                                    && Boolean.TRUE.equals(right.apply(row));
            case OR ->
                    row ->
                            Boolean.TRUE.equals(left.apply(row))
                                    || Boolean.TRUE.equals(right.apply(row));
            case EQ -> row -> equal(left.apply(row), right.apply(row));
            case NE -> row -> !equal(left.apply(row), right.apply(row));
            case GT -> row -> ordered(left.apply(row), right.apply(row), c -> c > 0);
            case GE -> row -> ordered(left.apply(row), right.apply(row), c -> c >= 0);
            case LT -> row -> ordered(left.apply(row), right.apply(row), c -> c < 0);
            case LE -> row -> ordered(left.apply(row), right.apply(row), c -> c <= 0);
            case ADD -> row -> arithmetic(left.apply(row), right.apply(row), BigDecimal::add);
            case SUB -> row -> arithmetic(left.apply(row), right.apply(row), BigDecimal::subtract);
            case MUL -> row -> arithmetic(left.apply(row), right.apply(row), BigDecimal::multiply);
            case DIV ->
                    row ->
                            arithmetic(
                                    left.apply(row),
                                    right.apply(row),
                                    (a, b) -> a.divide(b, MathContext.DECIMAL64));
            case MOD -> row -> arithmetic(left.apply(row), right.apply(row), BigDecimal::remainder);
            default ->
                    throw ODataProblems.badRequest(
                            "$filter: the operator " + operator + " is not supported");
        };
    }

    @Override
    public Function<FeedRow, Object> visitBinaryOperator(
            BinaryOperatorKind operator,
            Function<FeedRow, Object> left,
            List<Function<FeedRow, Object>> right)
            throws ODataApplicationException {
        if (operator != BinaryOperatorKind.IN) {
            throw ODataProblems.badRequest(
                    "$filter: the operator " + operator + " is not supported");
        }
        return row -> {
            Object value = left.apply(row);
            return right.stream().anyMatch(candidate -> equal(value, candidate.apply(row)));
        };
    }

    @Override
    public Function<FeedRow, Object> visitUnaryOperator(
            UnaryOperatorKind operator, Function<FeedRow, Object> operand)
            throws ODataApplicationException {
        return switch (operator) {
            case NOT -> row -> !Boolean.TRUE.equals(operand.apply(row));
            case MINUS ->
                    row -> {
                        Object value = Comparison.normalize(operand.apply(row));
                        return value instanceof BigDecimal d ? d.negate() : null;
                    };
        };
    }

    @Override
    public Function<FeedRow, Object> visitMethodCall(
            MethodKind method, List<Function<FeedRow, Object>> args)
            throws ODataApplicationException {
        return switch (method) {
            case CONTAINS -> row -> texts(args, row, (a, b) -> a.contains(b));
            case STARTSWITH -> row -> texts(args, row, (a, b) -> a.startsWith(b));
            case ENDSWITH -> row -> texts(args, row, (a, b) -> a.endsWith(b));
            case TOLOWER -> row -> text(args.get(0).apply(row), s -> s.toLowerCase(Locale.ROOT));
            case TOUPPER -> row -> text(args.get(0).apply(row), s -> s.toUpperCase(Locale.ROOT));
            case TRIM -> row -> text(args.get(0).apply(row), String::trim);
            case LENGTH -> row -> text(args.get(0).apply(row), s -> BigDecimal.valueOf(s.length()));
            case CONCAT ->
                    row -> {
                        Object a = args.get(0).apply(row);
                        Object b = args.get(1).apply(row);
                        return a == null || b == null ? null : String.valueOf(a) + b;
                    };
            case INDEXOF ->
                    row -> {
                        Object a = args.get(0).apply(row);
                        Object b = args.get(1).apply(row);
                        return a instanceof String s && b instanceof String t
                                ? BigDecimal.valueOf(s.indexOf(t))
                                : null;
                    };
            case SUBSTRING -> row -> substring(args, row);
            case YEAR -> row -> datePart(args.get(0).apply(row), LocalDate::getYear);
            case MONTH -> row -> datePart(args.get(0).apply(row), LocalDate::getMonthValue);
            case DAY -> row -> datePart(args.get(0).apply(row), LocalDate::getDayOfMonth);
            default ->
                    throw ODataProblems.badRequest(
                            "$filter: the function " + method + " is not supported");
        };
    }

    private static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Comparison.same(a, b);
    }

    private interface Test {
        boolean holds(int comparison);
    }

    private static boolean ordered(Object a, Object b, Test test) {
        if (a == null || b == null) {
            return false;
        }
        return test.holds(Comparison.compare(a, b));
    }

    private interface Operation {
        BigDecimal apply(BigDecimal a, BigDecimal b);
    }

    private static Object arithmetic(Object a, Object b, Operation operation) {
        Object x = Comparison.normalize(a);
        Object y = Comparison.normalize(b);
        if (x == null || y == null) {
            return null;
        }
        if (!(x instanceof BigDecimal l) || !(y instanceof BigDecimal r)) {
            throw new BadFeedQueryException(
                    "arithmetic needs numbers, not "
                            + Comparison.describe(x)
                            + " and "
                            + Comparison.describe(y));
        }
        try {
            return operation.apply(l, r);
        } catch (ArithmeticException e) {
            throw new BadFeedQueryException("division by zero");
        }
    }

    private interface TextTest {
        boolean holds(String a, String b);
    }

    private static Object texts(List<Function<FeedRow, Object>> args, FeedRow row, TextTest test) {
        Object a = args.get(0).apply(row);
        Object b = args.get(1).apply(row);
        if (a == null || b == null) {
            return false;
        }
        if (!(a instanceof String s) || !(b instanceof String t)) {
            throw new BadFeedQueryException(
                    "text functions need text, not "
                            + Comparison.describe(
                                    Comparison.normalize(a instanceof String ? b : a)));
        }
        return test.holds(s, t);
    }

    private static Object text(Object value, Function<String, Object> function) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new BadFeedQueryException(
                    "text functions need text, not "
                            + Comparison.describe(Comparison.normalize(value)));
        }
        return function.apply(s);
    }

    private static Object substring(List<Function<FeedRow, Object>> args, FeedRow row) {
        Object value = args.get(0).apply(row);
        Object from = Comparison.normalize(args.get(1).apply(row));
        Object length = args.size() > 2 ? Comparison.normalize(args.get(2).apply(row)) : null;
        if (!(value instanceof String s) || !(from instanceof BigDecimal f)) {
            return null;
        }
        int start = Math.max(0, Math.min(s.length(), f.intValue()));
        int end =
                length instanceof BigDecimal l
                        ? Math.max(start, Math.min(s.length(), start + l.intValue()))
                        : s.length();
        return s.substring(start, end);
    }

    private static Object datePart(Object value, Function<LocalDate, Integer> part) {
        LocalDate date;
        if (value == null) {
            return null;
        } else if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof Instant i) {
            date = i.atOffset(ZoneOffset.UTC).toLocalDate();
        } else {
            throw new BadFeedQueryException(
                    "date functions need a date, not "
                            + Comparison.describe(Comparison.normalize(value)));
        }
        return BigDecimal.valueOf(part.apply(date));
    }

    @Override
    public Function<FeedRow, Object> visitLambdaExpression(
            String function, String variable, Expression expression)
            throws ODataApplicationException {
        throw ODataProblems.badRequest(
                "$filter: lambda expressions (" + function + ") are not supported");
    }

    @Override
    public Function<FeedRow, Object> visitAlias(String alias) throws ODataApplicationException {
        throw ODataProblems.badRequest(
                "$filter: parameter aliases (" + alias + ") are not supported");
    }

    @Override
    public Function<FeedRow, Object> visitTypeLiteral(EdmType type)
            throws ODataApplicationException {
        throw ODataProblems.badRequest("$filter: type literals are not supported");
    }

    @Override
    public Function<FeedRow, Object> visitLambdaReference(String variable)
            throws ODataApplicationException {
        throw ODataProblems.badRequest("$filter: lambda variables are not supported");
    }

    @Override
    public Function<FeedRow, Object> visitEnum(EdmEnumType type, List<String> values)
            throws ODataApplicationException {
        throw ODataProblems.badRequest("$filter: enumerations are not supported");
    }
}
