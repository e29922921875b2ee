package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.UpdateUserCommand;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one rule for "does this token still hold", asked by REST requests and open chat sockets alike. */
class IdentifyCallerServiceTest {

    private final IdentityTestKit kit = new IdentityTestKit();
    private final Actor admin = kit.anAdmin();
    private final User agent = kit.saved("agent@example.com", Role.AGENT);

    @Test
    void a_claim_holds_while_the_account_is_active_in_the_claimed_role() {
        assertEquals(Optional.of(agent.asActor()), kit.identifyCaller.confirm(agent.asActor()));
    }

    @Test
    void a_claim_of_another_role_than_the_current_one_does_not_hold() {
        assertEquals(Optional.empty(), kit.identifyCaller.confirm(new Actor(agent.id(), Role.ADMIN)));

        change(Optional.of(Role.CUSTOMER), Optional.empty());

        assertEquals(Optional.empty(), kit.identifyCaller.confirm(agent.asActor()));
        assertEquals(Optional.of(new Actor(agent.id(), Role.CUSTOMER)),
                kit.identifyCaller.confirm(new Actor(agent.id(), Role.CUSTOMER)));
    }

    @Test
    void a_claim_stops_holding_when_the_account_is_deactivated_or_unknown() {
        change(Optional.empty(), Optional.of(false));

        assertEquals(Optional.empty(), kit.identifyCaller.confirm(agent.asActor()));
        assertEquals(Optional.empty(), kit.identifyCaller.confirm(IdentityTestKit.actor(999_999, Role.AGENT)));
    }

    private void change(Optional<Role> role, Optional<Boolean> active) {
        kit.updateUser.update(new UpdateUserCommand(admin, agent.id(), Optional.empty(), role, active,
                Optional.empty()));
    }
}
