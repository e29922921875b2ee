package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.Holiday;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link BusinessCalendars} must do; extended by the in-memory fake's test and the JDBC adapter's test.
 * The store is shared with other tests, so every test names its calendars with a marker of its own and looks only
 * at those.
 */
public abstract class BusinessCalendarsContract {

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Instant LATER = NOW.plus(Duration.ofHours(2));
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Weekdays 9 to 17 with a lunch break and a Friday night shift, closed at Christmas and on one Monday. */
    private static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.of(ZoneId.of("Europe/Berlin"), week(),
            List.of(Holiday.yearlyOn(LocalDate.of(2026, 12, 25)), Holiday.on(LocalDate.of(2026, 6, 1))));
    private static final BusinessCalendar TOKYO_MORNINGS = BusinessCalendar.of(ZoneId.of("Asia/Tokyo"),
            Map.of(DayOfWeek.SATURDAY, List.of(new OpeningHours(LocalTime.of(8, 30), LocalTime.NOON))), List.of());

    protected abstract BusinessCalendars calendars();

    /** The teams of the same store, for a team that counts in a calendar. */
    protected abstract TeamRepository teams();

    private String marker;

    /** A fresh marker per test, also when the extending test shares one instance between its tests. */
    @BeforeEach
    void newMarker() {
        marker = UUID.randomUUID().toString().substring(0, 13);
    }

    private static Map<DayOfWeek, List<OpeningHours>> week() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                    new OpeningHours(LocalTime.of(13, 15), LocalTime.of(17, 0))));
        }
        week.put(DayOfWeek.FRIDAY, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new OpeningHours(LocalTime.of(22, 0), LocalTime.of(6, 0))));
        return week;
    }

    private String named(String name) {
        return name + " " + marker;
    }

    private Team aTeamCountingIn(BusinessCalendarId calendar) {
        return teams().add(Team.create("Team " + marker, "", ZoneOffset.UTC, Optional.of(calendar),
                RoundRobinAssignment.NAME, false, CLOCK));
    }

    @Test
    void an_added_calendar_gets_an_id_and_is_found_with_name_definition_and_time() {
        StoredCalendar added = calendars().add(named("Berlin office"), BERLIN_OFFICE, NOW);

        assertEquals(new StoredCalendar(added.id(), named("Berlin office"), BERLIN_OFFICE, NOW), added);
        assertEquals(Optional.of(added), calendars().find(added.id()));
        assertTrue(calendars().all().contains(added));
    }

    @Test
    void a_calendar_open_around_the_clock_keeps_its_zone() {
        Map<DayOfWeek, List<OpeningHours>> everyDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, List.of(OpeningHours.WHOLE_DAY));
        }
        BusinessCalendar allHours = BusinessCalendar.of(ZoneId.of("America/New_York"), everyDay, List.of());

        StoredCalendar added = calendars().add(named("Always"), allHours, NOW);

        BusinessCalendar found = calendars().find(added.id()).orElseThrow().calendar();
        assertEquals(allHours, found);
        assertTrue(found.isAlwaysOpen());
    }

    @Test
    void replacing_changes_name_definition_and_time() {
        StoredCalendar added = calendars().add(named("Berlin office"), BERLIN_OFFICE, NOW);

        StoredCalendar replaced = calendars().replace(added.id(), named("Tokyo mornings"), TOKYO_MORNINGS, LATER);

        StoredCalendar expected = new StoredCalendar(added.id(), named("Tokyo mornings"), TOKYO_MORNINGS, LATER);
        assertEquals(expected, replaced);
        assertEquals(Optional.of(expected), calendars().find(added.id()));
    }

    @Test
    void a_calendar_may_change_the_case_of_its_own_name() {
        StoredCalendar added = calendars().add(named("support hours"), BERLIN_OFFICE, NOW);

        calendars().replace(added.id(), named("Support Hours"), BERLIN_OFFICE, LATER);

        assertEquals(named("Support Hours"), calendars().find(added.id()).orElseThrow().name());
    }

    @Test
    void adding_a_name_taken_in_any_case_is_refused_and_keeps_the_existing_calendar() {
        StoredCalendar first = calendars().add(named("Berlin office"), BERLIN_OFFICE, NOW);

        TeamConflictException refused = assertThrows(TeamConflictException.class,
                () -> calendars().add(named("BERLIN Office"), TOKYO_MORNINGS, LATER));

        assertEquals("a calendar named '" + named("BERLIN Office") + "' already exists", refused.getMessage());
        assertEquals(List.of(first), ownCalendars());
    }

    @Test
    void renaming_to_a_name_another_calendar_has_in_any_case_is_refused_and_keeps_both() {
        StoredCalendar berlin = calendars().add(named("Berlin office"), BERLIN_OFFICE, NOW);
        StoredCalendar tokyo = calendars().add(named("Tokyo mornings"), TOKYO_MORNINGS, NOW);

        TeamConflictException refused = assertThrows(TeamConflictException.class,
                () -> calendars().replace(tokyo.id(), named("berlin office"), BERLIN_OFFICE, LATER));

        assertEquals("a calendar named '" + named("berlin office") + "' already exists", refused.getMessage());
        assertEquals(Optional.of(berlin), calendars().find(berlin.id()));
        assertEquals(Optional.of(tokyo), calendars().find(tokyo.id()));
    }

    @Test
    void replacing_a_calendar_that_is_not_stored_is_not_found_and_stores_nothing() {
        assertThrows(TeamNotFoundException.class, () -> calendars().replace(
                new BusinessCalendarId(Long.MAX_VALUE - 1), named("Ghost"), BERLIN_OFFICE, NOW));

        assertTrue(calendars().find(new BusinessCalendarId(Long.MAX_VALUE - 1)).isEmpty());
        assertTrue(ownCalendars().isEmpty());
    }

    @Test
    void all_calendars_come_by_name_ignoring_case() {
        StoredCalendar charlie = calendars().add(named("charlie"), BERLIN_OFFICE, NOW);
        StoredCalendar alpha = calendars().add(named("alpha"), BERLIN_OFFICE, NOW);
        StoredCalendar bravo = calendars().add(named("Bravo"), TOKYO_MORNINGS, NOW);

        assertEquals(List.of(alpha, bravo, charlie), ownCalendars());
    }

    @Test
    void deleting_answers_whether_the_calendar_existed() {
        StoredCalendar added = calendars().add(named("Short lived"), BERLIN_OFFICE, NOW);

        assertTrue(calendars().delete(added.id()));
        assertFalse(calendars().delete(added.id()));

        assertTrue(calendars().find(added.id()).isEmpty());
        assertTrue(ownCalendars().isEmpty());
    }

    @Test
    void a_calendar_a_team_counts_in_is_kept_until_the_team_gives_it_up() {
        StoredCalendar used = calendars().add(named("In use"), BERLIN_OFFICE, NOW);
        Team team = aTeamCountingIn(used.id());

        TeamConflictException refused = assertThrows(TeamConflictException.class,
                () -> calendars().delete(used.id()));

        assertEquals("calendar '" + named("In use") + "' is used by a team; give the team another calendar first",
                refused.getMessage());
        assertEquals(Optional.of(used), calendars().find(used.id()));

        teams().save(withoutCalendar(team));

        assertTrue(calendars().delete(used.id()));
    }

    /** The same team without a calendar, set on its snapshot: this contract is about storing, not the change rules. */
    private static Team withoutCalendar(Team team) {
        Team.Snapshot s = team.snapshot();
        return Team.restore(new Team.Snapshot(s.id(), s.name(), s.description(), s.active(), s.timeZone(),
                Optional.empty(), s.strategy(), s.autoAssign(), s.createdAt(), s.updatedAt(), s.version()));
    }

    private List<StoredCalendar> ownCalendars() {
        return calendars().all().stream().filter(calendar -> calendar.name().endsWith(marker)).toList();
    }
}
