package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult.CredentialsRejected;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.application.identity.port.in.LogOutCommand;
import io.supportdesk.application.identity.port.in.RefreshResult.Reason;
import io.supportdesk.application.identity.port.in.RefreshResult.RefreshRejected;
import io.supportdesk.application.identity.port.in.RefreshResult.Refreshed;
import io.supportdesk.application.identity.port.in.RefreshSessionCommand;
import io.supportdesk.application.identity.port.in.RegisterCustomerCommand;
import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.in.UpdateUserCommand;
import io.supportdesk.application.identity.port.in.ViewUserQuery;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** One account from sign-up to deactivation, through the use cases only. */
class AccountLifecycleScenarioTest {

    private final IdentityTestKit kit = new IdentityTestKit();

    @Test
    void register_sign_in_refresh_sign_out_promote_and_deactivate() {
        User ann = kit.register.register(new RegisterCustomerCommand(new EmailAddress("ann@example.com"),
                new FullName("Ann Example"), "my long support passphrase"));
        LogInCommand credentials = new LogInCommand("ann@example.com", "my long support passphrase", "203.0.113.7");

        TokenPair session = assertInstanceOf(SignedIn.class, kit.logIn.logIn(credentials)).tokens();
        assertEquals(ann.id(), kit.viewUser.view(new ViewUserQuery(ann.asActor(), ann.id())).id());

        kit.clock.advance(Duration.ofMinutes(14));
        TokenPair refreshed = assertInstanceOf(Refreshed.class,
                kit.refresh.refresh(new RefreshSessionCommand(session.refreshToken()))).tokens();

        kit.logOut.logOut(new LogOutCommand(refreshed.refreshToken()));
        assertEquals(Reason.REVOKED, assertInstanceOf(RefreshRejected.class,
                kit.refresh.refresh(new RefreshSessionCommand(refreshed.refreshToken()))).reason());

        kit.updateUser.update(new UpdateUserCommand(kit.anAdmin(), ann.id(), Optional.empty(),
                Optional.of(Role.AGENT), Optional.empty(), Optional.empty()));
        TokenPair asAgent = assertInstanceOf(SignedIn.class, kit.logIn.logIn(credentials)).tokens();
        assertEquals("access:" + ann.id().value() + ":agent:", asAgent.accessToken().substring(0,
                asAgent.accessToken().lastIndexOf(':') + 1));

        kit.updateUser.update(new UpdateUserCommand(kit.anAdmin(), ann.id(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty()));
        assertInstanceOf(CredentialsRejected.class, kit.logIn.logIn(credentials));
        assertEquals(Optional.empty(), kit.identifyCaller.identify(ann.id()));
    }
}
