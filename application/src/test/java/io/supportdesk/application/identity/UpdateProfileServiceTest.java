package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.application.identity.port.in.RefreshResult.RefreshRejected;
import io.supportdesk.application.identity.port.in.RefreshSessionCommand;
import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.in.UpdateProfileCommand;
import io.supportdesk.application.identity.port.in.UpdateProfileCommand.PasswordChange;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.IdentityRuleViolation;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UpdateProfileServiceTest {

    private final IdentityTestKit kit = new IdentityTestKit();
    private final User ann = kit.saved("ann@example.com", Role.CUSTOMER);

    private LogInResult logIn(String password) {
        return kit.logIn.logIn(new LogInCommand("ann@example.com", password, "203.0.113.7"));
    }

    private User change(Optional<FullName> name, Optional<PasswordChange> password) {
        return kit.updateProfile.update(new UpdateProfileCommand(ann.asActor(), name, password, "192.0.2.1"));
    }

    @Test
    void a_user_renames_themself() {
        assertEquals("Ann B. Example", change(Optional.of(new FullName("Ann B.  Example")), Optional.empty())
                .fullName().value());
    }

    @Test
    void a_new_password_needs_the_current_one_and_ends_other_sessions() {
        TokenPair session = assertInstanceOf(SignedIn.class, logIn(IdentityTestKit.GOOD_PASSWORD)).tokens();

        change(Optional.empty(), Optional.of(new PasswordChange(IdentityTestKit.GOOD_PASSWORD,
                "a brand new passphrase")));

        assertInstanceOf(SignedIn.class, logIn("a brand new passphrase"));
        assertInstanceOf(LogInResult.CredentialsRejected.class, logIn(IdentityTestKit.GOOD_PASSWORD));
        assertInstanceOf(RefreshRejected.class, kit.refresh.refresh(new RefreshSessionCommand(session.refreshToken())));
    }

    @Test
    void a_borrowed_session_gets_no_more_password_guesses_than_the_sign_in_form() {
        PasswordChange wrong = new PasswordChange("a wrong guess!", "a brand new passphrase");
        for (int i = 0; i < LoginThrottle.standard().maxFailuresPerAccount(); i++) {
            assertThrows(CurrentPasswordMismatchException.class, () -> change(Optional.empty(), Optional.of(wrong)));
        }
        PasswordGuessesThrottledException throttled = assertThrows(PasswordGuessesThrottledException.class,
                () -> change(Optional.empty(), Optional.of(new PasswordChange(IdentityTestKit.GOOD_PASSWORD,
                        "a brand new passphrase"))));
        assertEquals(LoginThrottle.standard().window(), throttled.retryAfter());
        // The same budget as signing in: the account is locked there too, and nothing was changed.
        assertInstanceOf(LogInResult.LoginThrottled.class, logIn(IdentityTestKit.GOOD_PASSWORD));

        kit.clock.advance(LoginThrottle.standard().window());
        assertInstanceOf(SignedIn.class, logIn(IdentityTestKit.GOOD_PASSWORD));
    }

    @Test
    void a_wrong_current_password_changes_nothing() {
        CurrentPasswordMismatchException refused = assertThrows(CurrentPasswordMismatchException.class,
                () -> change(Optional.of(new FullName("Mallory")), Optional.of(new PasswordChange("a wrong guess!",
                        "a brand new passphrase"))));

        assertEquals("current_password", refused.field());
        assertEquals("Someone", kit.users.findById(ann.id()).orElseThrow().fullName().value());
    }

    @Test
    void the_new_password_must_pass_the_policy_and_the_current_one_must_be_given() {
        assertEquals("password", assertThrows(IdentityRuleViolation.class, () -> change(Optional.empty(),
                Optional.of(new PasswordChange(IdentityTestKit.GOOD_PASSWORD, "qwertyuiop")))).field());
        assertEquals("current_password", assertThrows(IdentityRuleViolation.class,
                () -> new PasswordChange("", "a brand new passphrase")).field());
    }
}
