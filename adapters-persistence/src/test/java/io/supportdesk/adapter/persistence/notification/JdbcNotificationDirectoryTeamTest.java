package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.adapter.persistence.team.JdbcTeamMembers;
import io.supportdesk.adapter.persistence.team.JdbcTeamRepository;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The team part of the notification directory on real PostgreSQL: who hears about a team's queue
 * ({@code teamMembers}), who about its SLA trouble ({@code teamLeads}), and what the emails call the team. The port
 * promises active people only: the planner falls back to the managers when a team has nobody to tell.
 */
@AdapterTest
class JdbcNotificationDirectoryTeamTest {

    @Inject
    JdbcNotificationDirectory directory;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    JdbcTeamMembers members;
    @Inject
    TestRows rows;

    private Team aTeam(String name) {
        return teams.add(Team.create(name, "", ZoneOffset.UTC, Optional.empty(), RoundRobinAssignment.NAME, false,
                Clock.systemUTC()));
    }

    private TeamId aTeam() {
        return aTeam("Directory " + UUID.randomUUID()).id();
    }

    /** A person with a name and address of their own, as the directory reads them back. */
    private Addressee person(Role role, String name) {
        String email = "team-directory-" + UUID.randomUUID() + "@example.test";
        UserId id = rows.user(role, name, email);
        return new Addressee(id, name, new EmailAddress(email), role, true, NotificationPreferences.all());
    }

    private void put(TeamId team, Addressee person, TeamRole role) {
        members.put(new TeamMember(team, person.id(), role, Clock.systemUTC().instant()));
    }

    @Test
    void a_teams_members_are_its_members_and_leads_by_id_with_name_address_role_and_preferences() {
        TeamId team = aTeam();
        TeamId otherTeam = aTeam();
        Addressee lead = person(Role.MANAGER, "Lena Lead");
        Addressee member = person(Role.AGENT, "Max Member");
        Addressee elsewhere = person(Role.AGENT, "Olga Other");
        person(Role.AGENT, "Nora Nobody");
        put(team, member, TeamRole.MEMBER);
        put(team, lead, TeamRole.LEAD);
        put(otherTeam, elsewhere, TeamRole.LEAD);
        rows.execute("""
                INSERT INTO notification_preferences (user_id, ticket_replies, daily_digest, updated_at)
                VALUES (?, false, true, now())""", member.id().value());
        Addressee memberAsChosen = new Addressee(member.id(), member.name(), member.email(), member.role(), true,
                new NotificationPreferences(false, true));

        List<Addressee> found = directory.teamMembers(team);

        List<Addressee> expected = lead.id().value() < member.id().value()
                ? List.of(lead, memberAsChosen) : List.of(memberAsChosen, lead);
        assertEquals(expected, found);
    }

    @Test
    void a_teams_leads_are_only_those_who_lead_it() {
        TeamId team = aTeam();
        TeamId otherTeam = aTeam();
        Addressee lead = person(Role.AGENT, "Lou Lead");
        Addressee secondLead = person(Role.MANAGER, "Lis Lead");
        Addressee member = person(Role.AGENT, "Mo Member");
        Addressee leadElsewhere = person(Role.AGENT, "Ola Other");
        put(team, lead, TeamRole.LEAD);
        put(team, secondLead, TeamRole.LEAD);
        put(team, member, TeamRole.MEMBER);
        put(team, leadElsewhere, TeamRole.MEMBER);
        put(otherTeam, leadElsewhere, TeamRole.LEAD);

        assertEquals(List.of(lead, secondLead), directory.teamLeads(team));
        assertEquals(List.of(leadElsewhere), directory.teamLeads(otherTeam));
    }

    @Test
    void a_lead_demoted_to_member_is_no_longer_a_lead() {
        TeamId team = aTeam();
        Addressee former = person(Role.AGENT, "Fred Former");
        put(team, former, TeamRole.LEAD);

        put(team, former, TeamRole.MEMBER);

        assertEquals(List.of(), directory.teamLeads(team));
        assertEquals(List.of(former), directory.teamMembers(team));
    }

    @Test
    void a_team_without_members_has_no_one_to_tell() {
        TeamId team = aTeam();

        assertEquals(List.of(), directory.teamMembers(team));
        assertEquals(List.of(), directory.teamLeads(team));
    }

    @Test
    void deactivated_members_and_leads_are_left_out_as_the_port_promises() {
        TeamId team = aTeam();
        Addressee active = person(Role.AGENT, "Ada Active");
        Addressee gone = person(Role.AGENT, "Gus Gone");
        Addressee goneLead = person(Role.MANAGER, "Gil Gone");
        put(team, active, TeamRole.MEMBER);
        put(team, gone, TeamRole.MEMBER);
        put(team, goneLead, TeamRole.LEAD);
        rows.deactivate(gone.id());
        rows.deactivate(goneLead.id());

        assertEquals(List.of(active), directory.teamMembers(team));
        assertEquals(List.of(), directory.teamLeads(team),
                "a team whose only lead has left has nobody to tell, so the planner turns to the managers");
    }

    @Test
    void a_team_is_named_as_stored_and_an_unknown_one_not_at_all() {
        String name = "Second Level " + UUID.randomUUID();
        Team team = aTeam("  " + name + " ");

        assertEquals(Optional.of(name), directory.teamName(team.id()));
        assertEquals(Optional.empty(), directory.teamName(new TeamId(Long.MAX_VALUE - 3)));
    }

    @Test
    void a_renamed_team_is_named_by_its_new_name() {
        Team team = aTeam("Before " + UUID.randomUUID());
        String renamed = "After " + UUID.randomUUID();
        team.change(Optional.of(renamed), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Clock.systemUTC());
        teams.save(team);

        assertEquals(Optional.of(renamed), directory.teamName(team.id()));
    }
}
