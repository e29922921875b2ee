package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.CreateUserCommand;
import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.in.UpdateUserCommand;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateUserServiceTest {

    private final IdentityTestKit kit = new IdentityTestKit();
    private final User admin = kit.saved("root@example.com", Role.ADMIN);

    private User update(Actor actor, UserId id, Optional<Role> role, Optional<Boolean> active) {
        return kit.updateUser.update(new UpdateUserCommand(actor, id, Optional.empty(), role, active,
                Optional.empty()));
    }

    @Test
    void an_admin_creates_staff_with_skills_and_changes_name_role_and_skills() {
        User agent = kit.created(admin.asActor(), "agent@example.com", Role.AGENT, "Billing");
        assertEquals(Set.of("billing"), agent.skills().values());

        User changed = kit.updateUser.update(new UpdateUserCommand(admin.asActor(), agent.id(),
                Optional.of(new FullName("Senior Agent")), Optional.of(Role.MANAGER), Optional.empty(),
                Optional.of(Skills.of(List.of("security")))));

        assertEquals("Senior Agent", changed.fullName().value());
        assertEquals(Role.MANAGER, changed.role());
        assertEquals(Set.of("security"), changed.skills().values());
        assertEquals(1, changed.version());
    }

    @Test
    void only_admins_create_and_change_accounts() {
        Actor manager = kit.saved("boss@example.com", Role.MANAGER).asActor();
        User agent = kit.saved("agent@example.com", Role.AGENT);

        assertThrows(NotPermittedException.class, () -> kit.createUser.create(new CreateUserCommand(manager,
                new EmailAddress("new@example.com"), new FullName("New"), IdentityTestKit.GOOD_PASSWORD, Role.AGENT,
                Skills.none())));
        assertThrows(NotPermittedException.class, () -> update(manager, agent.id(), Optional.of(Role.ADMIN),
                Optional.empty()));
        assertThrows(NotPermittedException.class, () -> update(agent.asActor(), agent.id(), Optional.of(Role.ADMIN),
                Optional.empty()));
        assertEquals(Role.AGENT, kit.users.findById(agent.id()).orElseThrow().role());
    }

    @Test
    void an_admin_grants_admin() {
        User manager = kit.saved("boss@example.com", Role.MANAGER);
        assertEquals(Role.ADMIN, update(admin.asActor(), manager.id(), Optional.of(Role.ADMIN), Optional.empty())
                .role());
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_deactivated() {
        LastAdminException demoted = assertThrows(LastAdminException.class,
                () -> update(admin.asActor(), admin.id(), Optional.of(Role.MANAGER), Optional.empty()));
        assertEquals("LAST_ADMIN", demoted.code());
        assertThrows(LastAdminException.class,
                () -> update(admin.asActor(), admin.id(), Optional.empty(), Optional.of(false)));
        assertTrue(kit.users.findById(admin.id()).orElseThrow().isActiveAdmin());
    }

    @Test
    void with_a_second_admin_one_of_them_may_step_down() {
        User second = kit.created(admin.asActor(), "second@example.com", Role.ADMIN);

        update(admin.asActor(), admin.id(), Optional.of(Role.MANAGER), Optional.empty());

        assertThrows(LastAdminException.class,
                () -> update(second.asActor(), second.id(), Optional.empty(), Optional.of(false)));
    }

    @Test
    void an_inactive_admin_does_not_count_and_may_be_changed_freely() {
        User dormant = kit.created(admin.asActor(), "dormant@example.com", Role.ADMIN);
        update(admin.asActor(), dormant.id(), Optional.empty(), Optional.of(false));

        assertEquals(Role.AGENT, update(admin.asActor(), dormant.id(), Optional.of(Role.AGENT), Optional.empty())
                .role());
        assertThrows(LastAdminException.class,
                () -> update(admin.asActor(), admin.id(), Optional.of(Role.AGENT), Optional.empty()));
    }

    @Test
    void deactivation_revokes_every_refresh_token_and_the_caller_stops_being_identified() {
        User agent = kit.saved("agent@example.com", Role.AGENT);
        TokenPair session = assertInstanceOf(SignedIn.class, kit.logIn.logIn(new LogInCommand("agent@example.com",
                IdentityTestKit.GOOD_PASSWORD, "203.0.113.9"))).tokens();
        assertTrue(kit.identifyCaller.identify(agent.id()).isPresent());

        update(admin.asActor(), agent.id(), Optional.empty(), Optional.of(false));

        assertTrue(kit.refreshTokens.findByHash(OpaqueTokens.hash(session.refreshToken())).orElseThrow()
                .revokedAt().isPresent());
        assertTrue(kit.identifyCaller.identify(agent.id()).isEmpty());

        update(admin.asActor(), agent.id(), Optional.empty(), Optional.of(true));
        assertEquals(Optional.of(agent.asActor()), kit.identifyCaller.identify(agent.id()));
    }

    @Test
    void a_role_change_shows_in_the_identified_caller() {
        User agent = kit.saved("agent@example.com", Role.AGENT);
        update(admin.asActor(), agent.id(), Optional.of(Role.CUSTOMER), Optional.empty());

        assertEquals(Role.CUSTOMER, kit.identifyCaller.identify(agent.id()).orElseThrow().role());
        assertFalse(kit.users.findById(agent.id()).orElseThrow().role().isStaff());
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThrows(UserNotFoundException.class,
                () -> update(admin.asActor(), new UserId(999), Optional.of(Role.AGENT), Optional.empty()));
    }

    @Test
    void someone_who_stops_working_tickets_gives_them_back_and_nobody_else_does() {
        User agent = kit.saved("leaving@example.com", Role.AGENT);
        User manager = kit.saved("promoted@example.com", Role.MANAGER);
        User customer = kit.saved("buyer@example.com", Role.CUSTOMER);

        update(admin.asActor(), manager.id(), Optional.of(Role.AGENT), Optional.empty());
        update(admin.asActor(), customer.id(), Optional.empty(), Optional.of(false));
        assertEquals(List.of(), kit.departed, "still working tickets, or never did");

        update(admin.asActor(), agent.id(), Optional.empty(), Optional.of(false));
        update(admin.asActor(), manager.id(), Optional.of(Role.CUSTOMER), Optional.empty());

        assertEquals(List.of(agent.id(), manager.id()), kit.departed);
        assertEquals(List.of(manager.id(), customer.id()), kit.accessChanged,
                "any other change of role or status has what they follow checked again");
    }

    @Test
    void a_limit_of_open_tickets_is_set_and_removed() {
        User agent = kit.saved("busy@example.com", Role.AGENT);

        kit.updateUser.update(new UpdateUserCommand(admin.asActor(), agent.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(OptionalInt.of(3))));
        assertEquals(OptionalInt.of(3), kit.limits.get(agent.id()));
        kit.updateUser.update(new UpdateUserCommand(admin.asActor(), agent.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(OptionalInt.empty())));
        assertEquals(OptionalInt.empty(), kit.limits.get(agent.id()));
        assertThrows(IllegalArgumentException.class, () -> new UpdateUserCommand(admin.asActor(), agent.id(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(OptionalInt.of(0))));
    }
}
