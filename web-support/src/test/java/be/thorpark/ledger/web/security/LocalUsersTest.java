package be.thorpark.ledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class LocalUsersTest {

    private static final String HASH =
            "{bcrypt}$2a$04$J0W804S1rscJK5EKGyPdYul0WsnizeUa1rqMpKkNUHZfDVADbBGKW";

    private final PasswordEncoder encoder =
            PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void aPlainPasswordIsStoredAsABcryptHash() {
        UserDetails user = LocalUsers.parse("ops:ops-secret:OPERATIONS", encoder).get(0);

        assertThat(user.getPassword()).startsWith("{bcrypt}$2").doesNotContain("ops-secret");
        assertThat(encoder.matches("ops-secret", user.getPassword())).isTrue();
    }

    @Test
    void aBcryptHashIsKeptAsItIs() {
        UserDetails user = LocalUsers.parse("rep:" + HASH + ":REPORTING", encoder).get(0);

        assertThat(user.getPassword()).isEqualTo(HASH);
        assertThat(encoder.matches("reporting-secret", user.getPassword())).isTrue();
    }

    @Test
    void rolesJoinedWithPlusAreAllGranted() {
        UserDetails user =
                LocalUsers.parse(" boss:pass:word:operations+ADMIN , aud:x:AUDITOR,", encoder)
                        .get(0);

        assertThat(user.getUsername()).isEqualTo("boss");
        assertThat(encoder.matches("pass:word", user.getPassword())).isTrue();
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATIONS", "ROLE_ADMIN");
    }

    @Test
    void noEntriesMeanNoUsers() {
        assertThat(LocalUsers.parse("  ", encoder)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ops:hunter2                    | entry 1 is invalid: it must have the form",
                ":hunter2:OPERATIONS            | entry 1 is invalid",
                "ops:hunter2:                   | user 'ops') is invalid: it names no role",
                "ops:hunter2:OPERATOR           | user 'ops') is invalid: it names a role that does"
                        + " not exist",
                "ops::OPERATIONS                | user 'ops') is invalid: the password is empty",
                "ops:{bcrypt}hunter2:OPERATIONS | user 'ops') is invalid: a password starting with"
                        + " '{'",
                "ops:{noop}hunter2:OPERATIONS   | user 'ops') is invalid: a password starting with"
                        + " '{'",
                "o ps:hunter2:OPERATIONS        | entry 1 is invalid: the user name",
            })
    void anInvalidEntryStopsTheStartWithoutShowingThePassword(String entry, String reason) {
        assertThatThrownBy(() -> LocalUsers.parse(entry, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CAMPUS_USERS entry 1")
                .hasMessageContaining(reason)
                .message()
                .doesNotContain("hunter2");
    }

    @Test
    void aUserDefinedTwiceIsRefused() {
        assertThatThrownBy(
                        () -> LocalUsers.parse("ops:hunter2:OPERATIONS,ops:hunter3:ADMIN", encoder))
                .hasMessage(
                        "CAMPUS_USERS entry 2 (user 'ops') is invalid: the user is defined twice");
    }

    @Test
    void aMistypedSeparatorDoesNotLeakPartOfThePassword() {
        assertThatThrownBy(
                        () -> LocalUsers.parse("ops:hunter2:secret:OPERATIONS;REPORTING", encoder))
                .message()
                .doesNotContain("hunter2", "secret");
    }

    @Test
    void theGeneratedAdminHasARandomPasswordShownOnce() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        UserDetails admin =
                LocalUsers.generatedAdmin(
                        encoder, new PrintStream(console, true, StandardCharsets.UTF_8));

        String printed = console.toString(StandardCharsets.UTF_8);
        Matcher password =
                Pattern.compile("password (\\S{24})$", Pattern.MULTILINE).matcher(printed);
        assertThat(password.find()).as(printed).isTrue();
        assertThat(printed.lines()).hasSize(1);
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(encoder.matches(password.group(1), admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN");
        assertThat(
                        List.of(
                                LocalUsers.generatedAdmin(
                                                encoder,
                                                new PrintStream(new ByteArrayOutputStream()))
                                        .getPassword()))
                .doesNotContain(admin.getPassword());
    }
}
