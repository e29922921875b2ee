package io.supportdesk.domain.team;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamPermissionsTest {

    private static final TeamId SUPPORT = new TeamId(1);
    private static final TeamId BILLING = new TeamId(2);
    private static final Optional<TeamId> NO_TEAM = Optional.empty();

    private static Actor actor(Role role) {
        return new Actor(new UserId(10), role);
    }

    // ---- who may own a ticket ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Role.class)
    void an_inactive_user_never_owns_a_ticket(Role role) {
        assertFalse(TeamPermissions.mayOwn(role, false, Set.of(SUPPORT), NO_TEAM));
        assertFalse(TeamPermissions.mayOwn(role, false, Set.of(SUPPORT), Optional.of(SUPPORT)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CUSTOMER", "ADMIN"})
    void customers_and_administrators_never_own_a_ticket_even_as_team_members(Role role) {
        assertFalse(TeamPermissions.mayOwn(role, true, Set.of(SUPPORT), NO_TEAM));
        assertFalse(TeamPermissions.mayOwn(role, true, Set.of(SUPPORT), Optional.of(SUPPORT)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AGENT", "MANAGER"})
    void agents_and_managers_own_a_ticket_without_a_team_whatever_teams_they_are_in(Role role) {
        assertTrue(TeamPermissions.mayOwn(role, true, Set.of(), NO_TEAM));
        assertTrue(TeamPermissions.mayOwn(role, true, Set.of(BILLING), NO_TEAM));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AGENT", "MANAGER"})
    void a_teams_ticket_is_owned_only_by_its_members(Role role) {
        assertTrue(TeamPermissions.mayOwn(role, true, Set.of(SUPPORT), Optional.of(SUPPORT)));
        assertTrue(TeamPermissions.mayOwn(role, true, Set.of(BILLING, SUPPORT), Optional.of(SUPPORT)));
        assertFalse(TeamPermissions.mayOwn(role, true, Set.of(BILLING), Optional.of(SUPPORT)));
        assertFalse(TeamPermissions.mayOwn(role, true, Set.of(), Optional.of(SUPPORT)));
    }

    // ---- who may join a team -------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Role.class)
    void only_agents_and_managers_join_teams(Role role) {
        assertEquals(role == Role.AGENT || role == Role.MANAGER, TeamPermissions.mayJoin(role));
    }

    // ---- who may see and set up teams ----------------------------------------------------------------------------

    @Test
    void only_administrators_manage_teams_and_calendars() {
        assertDoesNotThrow(() -> TeamPermissions.checkManage(actor(Role.ADMIN)));
        for (Role role : new Role[] {Role.CUSTOMER, Role.AGENT, Role.MANAGER}) {
            assertThrows(TicketAccessDenied.class, () -> TeamPermissions.checkManage(actor(role)), role.code());
        }
    }

    @Test
    void staff_read_teams_and_customers_do_not() {
        for (Role role : new Role[] {Role.AGENT, Role.MANAGER, Role.ADMIN}) {
            assertDoesNotThrow(() -> TeamPermissions.checkRead(actor(role)), role.code());
        }
        TicketAccessDenied denied = assertThrows(TicketAccessDenied.class,
                () -> TeamPermissions.checkRead(actor(Role.CUSTOMER)));
        assertEquals("FORBIDDEN", denied.code());
    }
}
