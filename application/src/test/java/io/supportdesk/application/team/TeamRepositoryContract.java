package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.assignment.LeastLoadedAssignment;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.assignment.SkillBasedAssignment;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link TeamRepository} must do; extended by the in-memory fake's test and the JDBC adapter's test. The
 * store is shared with other tests, so every test names its teams with a marker of its own and looks only at those.
 */
public abstract class TeamRepositoryContract {

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Clock LATER = Clock.offset(CLOCK, Duration.ofMinutes(5));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    protected abstract TeamRepository teams();

    /** The calendars of the same store, for a team to count in. */
    protected abstract BusinessCalendars calendars();

    private String marker;

    /** A fresh marker per test, also when the extending test shares one instance between its tests. */
    @BeforeEach
    void newMarker() {
        marker = UUID.randomUUID().toString().substring(0, 13);
    }

    private String named(String name) {
        return name + " " + marker;
    }

    private Team aTeam(String name) {
        return Team.create(named(name), "First line", ZoneOffset.UTC, Optional.empty(), RoundRobinAssignment.NAME,
                false, CLOCK);
    }

    private BusinessCalendarId aCalendar() {
        BusinessCalendar office = BusinessCalendar.of(BERLIN,
                Map.of(DayOfWeek.MONDAY, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                List.of());
        return calendars().add(named("Office hours"), office, NOW).id();
    }

    @Test
    void an_added_team_gets_an_id_and_is_found_with_every_field_intact() {
        BusinessCalendarId calendar = aCalendar();
        Team team = Team.create(named("Billing"), "Invoices and refunds", BERLIN, Optional.of(calendar),
                LeastLoadedAssignment.NAME, true, CLOCK);

        Team added = teams().add(team);

        Team.Snapshot expected = new Team.Snapshot(added.id(), named("Billing"), "Invoices and refunds", true, BERLIN,
                Optional.of(calendar), LeastLoadedAssignment.NAME, true, NOW, NOW, 0);
        assertEquals(expected, added.snapshot());
        assertEquals(expected, teams().find(added.id()).orElseThrow().snapshot());
    }

    @Test
    void a_team_without_a_calendar_is_stored_without_one() {
        Team added = teams().add(aTeam("Night shift"));

        assertEquals(Optional.empty(), teams().find(added.id()).orElseThrow().calendar());
    }

    @Test
    void saving_keeps_every_change_and_bumps_the_version_each_time() {
        Team team = teams().add(aTeam("Hardware"));
        BusinessCalendarId calendar = aCalendar();
        team.change(Optional.of(named("Devices")), Optional.of("Printers too"), Optional.of(false),
                Optional.of(BERLIN), Optional.of(Optional.of(calendar)), Optional.of(SkillBasedAssignment.NAME),
                Optional.of(true), LATER);

        Team saved = teams().save(team);

        Team.Snapshot expected = new Team.Snapshot(team.id(), named("Devices"), "Printers too", false, BERLIN,
                Optional.of(calendar), SkillBasedAssignment.NAME, true, NOW, LATER.instant(), 1);
        assertEquals(expected, saved.snapshot());
        assertEquals(expected, teams().find(team.id()).orElseThrow().snapshot());

        Team again = teams().save(withoutCalendar(saved));

        assertEquals(2, again.version());
        assertEquals(Optional.empty(), teams().find(team.id()).orElseThrow().calendar());
    }

    @Test
    void adding_a_name_taken_in_any_case_is_refused_and_keeps_the_existing_team() {
        Team first = teams().add(aTeam("Security"));
        Team twin = Team.create(named("SECURITY"), "Imposter", ZoneOffset.UTC, Optional.empty(),
                RoundRobinAssignment.NAME, false, CLOCK);

        TeamConflictException refused = assertThrows(TeamConflictException.class, () -> teams().add(twin));

        assertEquals("a team named '" + named("SECURITY") + "' already exists", refused.getMessage());
        assertEquals(first.snapshot(), teams().find(first.id()).orElseThrow().snapshot());
        assertEquals(List.of(first.id()), ownTeams().stream().map(Team::id).toList());
    }

    @Test
    void renaming_to_a_name_another_team_has_in_any_case_is_refused_and_keeps_both() {
        Team taken = teams().add(aTeam("Accounts"));
        Team other = teams().add(aTeam("Logins"));
        other.change(Optional.of(named("accounts")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), LATER);

        TeamConflictException refused = assertThrows(TeamConflictException.class, () -> teams().save(other));

        assertEquals("a team named '" + named("accounts") + "' already exists", refused.getMessage());
        assertEquals(named("Accounts"), teams().find(taken.id()).orElseThrow().name());
        Team kept = teams().find(other.id()).orElseThrow();
        assertEquals(named("Logins"), kept.name());
        assertEquals(0, kept.version());
    }

    @Test
    void a_team_may_change_the_case_of_its_own_name() {
        Team team = teams().add(aTeam("api"));
        team.change(Optional.of(named("API")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), LATER);

        teams().save(team);

        assertEquals(named("API"), teams().find(team.id()).orElseThrow().name());
    }

    @Test
    void all_teams_come_by_name_ignoring_case() {
        Team charlie = teams().add(aTeam("charlie"));
        Team alpha = teams().add(aTeam("alpha"));
        Team bravo = teams().add(aTeam("Bravo"));

        assertEquals(List.of(alpha.id(), bravo.id(), charlie.id()), ownTeams().stream().map(Team::id).toList());
    }

    @Test
    void saving_a_team_that_is_not_stored_is_not_found_and_stores_nothing() {
        TeamId missing = new TeamId(Long.MAX_VALUE - 1);
        Team ghost = Team.restore(new Team.Snapshot(missing, named("Ghosts"), "", true, ZoneOffset.UTC,
                Optional.empty(), RoundRobinAssignment.NAME, false, NOW, NOW, 0));

        assertThrows(TeamNotFoundException.class, () -> teams().save(ghost));

        assertTrue(teams().find(missing).isEmpty());
        assertTrue(ownTeams().isEmpty());
    }

    /** The same team without a calendar, set on its snapshot: this contract is about storing, not the change rules. */
    private static Team withoutCalendar(Team team) {
        Team.Snapshot s = team.snapshot();
        return Team.restore(new Team.Snapshot(s.id(), s.name(), s.description(), s.active(), s.timeZone(),
                Optional.empty(), s.strategy(), s.autoAssign(), s.createdAt(), s.updatedAt(), s.version()));
    }

    private List<Team> ownTeams() {
        return teams().all().stream().filter(team -> team.name().endsWith(marker)).toList();
    }
}
