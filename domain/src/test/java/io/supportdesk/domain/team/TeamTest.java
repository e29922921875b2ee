package io.supportdesk.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendarId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendarId OFFICE_HOURS = new BusinessCalendarId(5);
    private static final BusinessCalendarId WEEKEND_DESK = new BusinessCalendarId(6);

    private final TestClock clock = new TestClock(T0);

    private Team aTeam() {
        return Team.create("Billing", "Invoices and refunds", BERLIN, Optional.of(OFFICE_HOURS), "round_robin", true,
                clock);
    }

    private static Team create(String name, String description, String strategy) {
        return Team.create(name, description, BERLIN, Optional.empty(), strategy, false, new TestClock(T0));
    }

    // ---- creating ------------------------------------------------------------------------------------------------

    @Test
    void a_new_team_is_active_unsaved_and_keeps_what_it_was_given() {
        Team team = aTeam();

        assertNull(team.id());
        assertTrue(team.active());
        assertEquals("Billing", team.name());
        assertEquals("Invoices and refunds", team.description());
        assertEquals(BERLIN, team.timeZone());
        assertEquals(Optional.of(OFFICE_HOURS), team.calendar());
        assertEquals("round_robin", team.strategy());
        assertTrue(team.autoAssign());
        assertEquals(T0, team.createdAt());
        assertEquals(T0, team.updatedAt());
        assertEquals(0, team.version());
    }

    @Test
    void name_and_description_are_stripped() {
        Team team = create("  Billing  ", "\n Invoices \t", "round_robin");

        assertEquals("Billing", team.name());
        assertEquals("Invoices", team.description());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_team_needs_a_name(String name) {
        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class, () -> create(name, "", "round_robin"));

        assertEquals("name", refused.field());
    }

    @Test
    void a_name_may_have_at_most_a_hundred_characters() {
        assertEquals(Team.MAX_NAME_LENGTH, create("n".repeat(Team.MAX_NAME_LENGTH), "", "round_robin").name().length());

        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class,
                () -> create("n".repeat(Team.MAX_NAME_LENGTH + 1), "", "round_robin"));
        assertEquals("name", refused.field());
    }

    @Test
    void a_missing_description_is_empty_and_a_long_one_is_refused() {
        assertEquals("", create("Billing", null, "round_robin").description());
        assertEquals(Team.MAX_DESCRIPTION_LENGTH,
                create("Billing", "d".repeat(Team.MAX_DESCRIPTION_LENGTH), "round_robin").description().length());

        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class,
                () -> create("Billing", "d".repeat(Team.MAX_DESCRIPTION_LENGTH + 1), "round_robin"));
        assertEquals("description", refused.field());
    }

    @Test
    void the_strategy_is_normalised_to_lower_case() {
        assertEquals("least_loaded", create("Billing", "", " Least_Loaded ").strategy());
        assertEquals("skill_based", create("Billing", "", "SKILL_BASED").strategy());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "fastest", "round robin"})
    void an_unknown_strategy_is_refused_naming_the_known_ones(String strategy) {
        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class, () -> create("Billing", "", strategy));

        assertEquals("assignment_strategy", refused.field());
        assertTrue(refused.getMessage().contains("round_robin, least_loaded, skill_based, random"),
                refused.getMessage());
    }

    // ---- time zones ----------------------------------------------------------------------------------------------

    @Test
    void time_zones_are_parsed_as_users_type_them() {
        assertEquals(BERLIN, Team.timeZone(" Europe/Berlin "));
        assertEquals(ZoneId.of("UTC"), Team.timeZone("UTC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "", "Berlin", "+25:00"})
    void an_unknown_time_zone_is_refused(String zone) {
        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class, () -> Team.timeZone(zone));

        assertEquals("time_zone", refused.field());
    }

    // ---- changing ------------------------------------------------------------------------------------------------

    @Test
    void change_applies_only_what_is_given() {
        Team team = aTeam();
        Team.Snapshot before = team.snapshot();
        clock.advance(Duration.ofHours(1));

        team.change(Optional.of(" Billing & refunds "), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), clock);

        assertEquals(new Team.Snapshot(null, "Billing & refunds", before.description(), before.active(),
                before.timeZone(), before.calendar(), before.strategy(), before.autoAssign(), T0,
                T0.plus(Duration.ofHours(1)), 0), team.snapshot());
    }

    @Test
    void change_can_set_every_field_at_once() {
        Team team = aTeam();
        clock.advance(Duration.ofHours(1));

        team.change(Optional.of("Refunds"), Optional.of("Money back"), Optional.of(false),
                Optional.of(ZoneId.of("America/New_York")), Optional.of(Optional.of(WEEKEND_DESK)),
                Optional.of("Least_Loaded"), Optional.of(false), clock);

        assertEquals(new Team.Snapshot(null, "Refunds", "Money back", false, ZoneId.of("America/New_York"),
                Optional.of(WEEKEND_DESK), "least_loaded", false, T0, clock.instant(), 0), team.snapshot());
    }

    @Test
    void a_calendar_given_as_empty_is_removed_and_an_absent_one_is_kept() {
        Team kept = aTeam();
        kept.change(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), clock);
        assertEquals(Optional.of(OFFICE_HOURS), kept.calendar());

        Team removed = aTeam();
        removed.change(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Optional.empty()), Optional.empty(), Optional.empty(), clock);
        assertEquals(Optional.empty(), removed.calendar());
    }

    @Test
    void a_change_with_one_bad_value_changes_nothing() {
        Team team = aTeam();
        Team.Snapshot before = team.snapshot();
        clock.advance(Duration.ofHours(1));

        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class, () -> team.change(Optional.of("Refunds"),
                Optional.of("Money back"), Optional.of(false), Optional.empty(), Optional.of(Optional.empty()),
                Optional.of("fastest"), Optional.empty(), clock));

        assertEquals("assignment_strategy", refused.field());
        assertEquals(before, team.snapshot());
    }

    @Test
    void a_change_to_a_blank_name_is_refused() {
        Team team = aTeam();

        TeamRuleViolation refused = assertThrows(TeamRuleViolation.class, () -> team.change(Optional.of("  "),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), clock));

        assertEquals("name", refused.field());
        assertEquals("Billing", team.name());
    }

    // ---- storing -------------------------------------------------------------------------------------------------

    @Test
    void snapshot_and_restore_round_trip() {
        Team.Snapshot stored = new Team.Snapshot(new TeamId(3), "Billing", "Invoices", false, BERLIN,
                Optional.of(OFFICE_HOURS), "skill_based", true, T0, T0.plus(Duration.ofDays(2)), 7);

        Team restored = Team.restore(stored);

        assertEquals(stored, restored.snapshot());
        assertEquals(new TeamId(3), restored.id());
        assertEquals(7, restored.version());
    }

    @Test
    void restoring_a_team_without_a_calendar_keeps_it_without_one() {
        Team.Snapshot stored = new Team.Snapshot(new TeamId(3), "Billing", "", true, BERLIN, Optional.empty(),
                "random", false, T0, T0, 0);

        assertEquals(stored, Team.restore(stored).snapshot());
    }

    @Test
    void a_stored_team_needs_an_id() {
        Team.Snapshot unsaved = aTeam().snapshot();

        assertThrows(NullPointerException.class, () -> Team.restore(unsaved));
    }
}
