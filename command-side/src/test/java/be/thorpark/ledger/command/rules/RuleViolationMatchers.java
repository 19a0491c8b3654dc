package be.thorpark.ledger.command.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its stable code, the part of a {@link RuleViolation} callers rely on. */
public final class RuleViolationMatchers {

    private RuleViolationMatchers() {}

    public static Matcher<RuleViolation> withCode(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(
                    RuleViolation violation, Description description) {
                description
                        .appendText("its code was ")
                        .appendValue(violation.code())
                        .appendText(": ")
                        .appendText(violation.getMessage());
            }
        };
    }

    /** Matches a refusal that tells the client a figure, such as the amount still claimable. */
    public static Matcher<RuleViolation> withProperty(String name, Object value) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return value.equals(violation.properties().get(name));
            }

            @Override
            public void describeTo(Description description) {
                description
                        .appendText("a rule violation with ")
                        .appendText(name)
                        .appendText(" ")
                        .appendValue(value);
            }

            @Override
            protected void describeMismatchSafely(
                    RuleViolation violation, Description description) {
                description.appendText("its properties were ").appendValue(violation.properties());
            }
        };
    }
}
