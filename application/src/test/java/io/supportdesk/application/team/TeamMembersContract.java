package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link TeamMembers} must do; extended by the in-memory fake's test and the JDBC adapter's test. Every
 * test makes teams and users of its own, so what other tests stored never shows.
 */
public abstract class TeamMembersContract {

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private static final Instant JOINED = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Clock CLOCK = Clock.fixed(JOINED, ZoneOffset.UTC);

    protected abstract TeamMembers members();

    /** The teams of the same store, for members to be put in. */
    protected abstract TeamRepository teams();

    /** A user who exists in the same store and has this role. */
    protected abstract UserId aUser(Role role);

    private TeamId aTeam() {
        return teams().add(Team.create("Team " + UUID.randomUUID(), "", ZoneOffset.UTC, Optional.empty(),
                RoundRobinAssignment.NAME, false, CLOCK)).id();
    }

    @Test
    void a_member_put_in_a_team_is_found_with_role_and_joining_time() {
        TeamId team = aTeam();
        UserId agent = aUser(Role.AGENT);
        TeamMember member = new TeamMember(team, agent, TeamRole.MEMBER, JOINED);

        members().put(member);

        assertEquals(Optional.of(member), members().find(team, agent));
        assertEquals(List.of(member), members().of(team));
    }

    @Test
    void putting_a_member_again_changes_the_role_and_keeps_the_first_joining_time() {
        TeamId team = aTeam();
        UserId agent = aUser(Role.AGENT);
        members().put(new TeamMember(team, agent, TeamRole.MEMBER, JOINED));

        members().put(new TeamMember(team, agent, TeamRole.LEAD, JOINED.plus(Duration.ofDays(3))));

        assertEquals(List.of(new TeamMember(team, agent, TeamRole.LEAD, JOINED)), members().of(team));
    }

    @Test
    void removing_answers_whether_they_were_a_member_and_leaves_the_others() {
        TeamId team = aTeam();
        UserId leaving = aUser(Role.AGENT);
        UserId staying = aUser(Role.MANAGER);
        members().put(new TeamMember(team, leaving, TeamRole.MEMBER, JOINED));
        members().put(new TeamMember(team, staying, TeamRole.LEAD, JOINED));

        assertTrue(members().remove(team, leaving));
        assertFalse(members().remove(team, leaving));

        assertTrue(members().find(team, leaving).isEmpty());
        assertEquals(List.of(new TeamMember(team, staying, TeamRole.LEAD, JOINED)), members().of(team));
        assertEquals(Set.of(), members().teamsOf(leaving));
    }

    @Test
    void a_team_lists_its_members_by_user_id_whatever_order_they_joined_in() {
        TeamId team = aTeam();
        UserId first = aUser(Role.AGENT);
        UserId second = aUser(Role.AGENT);
        UserId third = aUser(Role.MANAGER);
        members().put(new TeamMember(team, third, TeamRole.LEAD, JOINED));
        members().put(new TeamMember(team, first, TeamRole.MEMBER, JOINED));
        members().put(new TeamMember(team, second, TeamRole.MEMBER, JOINED));

        List<UserId> listed = members().of(team).stream().map(TeamMember::user).toList();

        assertEquals(List.of(first, second, third).stream()
                .sorted((a, b) -> Long.compare(a.value(), b.value())).toList(), listed);
    }

    @Test
    void a_user_in_two_teams_belongs_to_both_and_each_lists_them() {
        TeamId billing = aTeam();
        TeamId security = aTeam();
        TeamId elsewhere = aTeam();
        UserId agent = aUser(Role.AGENT);
        members().put(new TeamMember(billing, agent, TeamRole.MEMBER, JOINED));
        members().put(new TeamMember(security, agent, TeamRole.LEAD, JOINED));

        assertEquals(Set.of(billing, security), members().teamsOf(agent));
        assertEquals(Set.of(security), members().ledBy(agent), "leads only where their role is lead");
        assertEquals(Set.of(billing, security), members().teamsOfHeld(agent), "held, the same teams");
        assertEquals(TeamRole.MEMBER, members().find(billing, agent).orElseThrow().role());
        assertEquals(TeamRole.LEAD, members().find(security, agent).orElseThrow().role());
        assertTrue(members().find(elsewhere, agent).isEmpty());
    }

    @Test
    void nobody_is_in_a_new_team_and_a_new_user_is_in_no_team() {
        assertEquals(List.of(), members().of(aTeam()));
        assertEquals(Set.of(), members().teamsOf(aUser(Role.AGENT)));
    }
}
