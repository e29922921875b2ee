package io.supportdesk.domain.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * SLA clocks counting in a Mon–Fri 09:00–17:00 Europe/Berlin calendar. Expected instants are written out in UTC by
 * hand (Berlin wall time in the comment), so a slip in resolving wall-clock times cannot cancel out in the test.
 * Berlin: CET = UTC+1, CEST = UTC+2 (2026: CEST until 10-25 01:00Z).
 */
class SlaClockInBusinessTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.of(BERLIN,
            days(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), hours("09:00", "17:00")), List.of());

    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    // Friday 2026-12-04 16:30 Berlin.
    private static final Instant FRIDAY_HALF_PAST_FOUR = utc("2026-12-04T15:30:00Z");
    // Monday 2026-12-07 12:30 Berlin: half an hour on Friday, three and a half on Monday.
    private static final Instant MONDAY_HALF_PAST_TWELVE = utc("2026-12-07T11:30:00Z");

    private final SlaClock fridayAfternoon = SlaClock.start(FRIDAY_HALF_PAST_FOUR, FOUR_HOURS, BERLIN_OFFICE);

    // ---- due time ------------------------------------------------------------------------------------------------

    @Test
    void four_hours_started_friday_half_past_four_are_due_monday_half_past_twelve() {
        assertEquals(MONDAY_HALF_PAST_TWELVE, fridayAfternoon.dueAt());
        assertEquals(MONDAY_HALF_PAST_TWELVE, fridayAfternoon.dueAt(utc("2026-12-05T12:00:00Z")));
        assertEquals(BERLIN_OFFICE, fridayAfternoon.calendar());
    }

    @Test
    void a_clock_started_on_saturday_counts_from_monday_nine() {
        // Saturday 2026-12-05 10:00 Berlin.
        SlaClock saturday = SlaClock.start(utc("2026-12-05T09:00:00Z"), FOUR_HOURS, BERLIN_OFFICE);

        // Monday 13:00 Berlin.
        assertEquals(utc("2026-12-07T12:00:00Z"), saturday.dueAt());
        // Sunday evening: nothing has counted yet.
        assertEquals(FOUR_HOURS, saturday.remaining(utc("2026-12-06T19:00:00Z")));
        assertEquals(SlaState.OK, saturday.state(utc("2026-12-06T19:00:00Z")));
    }

    // ---- at risk -------------------------------------------------------------------------------------------------

    @Test
    void at_risk_exactly_from_at_risk_at_and_ok_just_before() {
        // 3h12m of business time: half an hour on Friday, 2h42m on Monday → Monday 11:42 Berlin.
        Instant atRiskAt = utc("2026-12-07T10:42:00Z");

        assertEquals(atRiskAt, fridayAfternoon.atRiskAt());
        assertEquals(SlaState.OK, fridayAfternoon.state(atRiskAt.minusNanos(1)));
        assertEquals(SlaState.AT_RISK, fridayAfternoon.state(atRiskAt));
        assertEquals(Duration.ofMinutes(48), fridayAfternoon.remaining(atRiskAt));
    }

    @Test
    void the_risk_margin_is_a_fifth_of_the_target_in_business_time_not_wall_time() {
        // Friday 13:00 Berlin, five hours: four on Friday, one on Monday → due Monday 10:00 Berlin.
        SlaClock clock = SlaClock.start(utc("2026-12-04T12:00:00Z"), Duration.ofHours(5), BERLIN_OFFICE);
        Instant fridayClosing = utc("2026-12-04T16:00:00Z");

        assertEquals(utc("2026-12-07T09:00:00Z"), clock.dueAt());
        // One business hour left at Friday's closing: at risk all weekend, not only from Monday 09:00.
        assertEquals(fridayClosing, clock.atRiskAt());
        assertEquals(SlaState.OK, clock.state(fridayClosing.minusNanos(1)));
        assertEquals(SlaState.AT_RISK, clock.state(fridayClosing));
        assertEquals(SlaState.AT_RISK, clock.state(utc("2026-12-05T12:00:00Z")));
        assertEquals(Duration.ofHours(1), clock.remaining(utc("2026-12-06T12:00:00Z")));
    }

    // ---- remaining -----------------------------------------------------------------------------------------------

    @Test
    void remaining_is_business_time_while_on_time() {
        // Saturday noon: the half hour on Friday is gone, three and a half hours wait on Monday.
        assertEquals(Duration.ofMinutes(210), fridayAfternoon.remaining(utc("2026-12-05T11:00:00Z")));
        // Monday 10:00 Berlin.
        assertEquals(Duration.ofMinutes(150), fridayAfternoon.remaining(utc("2026-12-07T09:00:00Z")));
        assertEquals(Duration.ZERO, fridayAfternoon.remaining(MONDAY_HALF_PAST_TWELVE));
        assertEquals(SlaState.AT_RISK, fridayAfternoon.state(MONDAY_HALF_PAST_TWELVE), "reaching due is on time");
    }

    @Test
    void remaining_is_minus_the_business_time_since_due_once_overdue() {
        Instant mondayHalfPastOne = MONDAY_HALF_PAST_TWELVE.plus(Duration.ofHours(1));

        assertEquals(Duration.ofHours(-1), fridayAfternoon.remaining(mondayHalfPastOne));
        assertEquals(Duration.ofNanos(-1), fridayAfternoon.remaining(MONDAY_HALF_PAST_TWELVE.plusNanos(1)));
        assertEquals(SlaState.BREACHED, fridayAfternoon.state(MONDAY_HALF_PAST_TWELVE.plusNanos(1)));
        // Monday 18:30 Berlin, after closing: the open time since due, 12:30 to 17:00.
        assertEquals(Duration.ofMinutes(-270), fridayAfternoon.remaining(utc("2026-12-07T17:30:00Z")));
    }

    @Test
    void a_breach_is_counted_in_business_time_so_it_stands_still_over_the_weekend() {
        // Friday 09:00 Berlin, due Friday 13:00 Berlin; overdue by Friday 13:00 to 17:00 all weekend long.
        SlaClock clock = SlaClock.start(utc("2026-12-04T08:00:00Z"), FOUR_HOURS, BERLIN_OFFICE);

        assertEquals(utc("2026-12-04T12:00:00Z"), clock.dueAt());
        assertEquals(Duration.ofHours(-4), clock.remaining(utc("2026-12-05T12:00:00Z")));
        assertEquals(Duration.ofHours(-4), clock.remaining(utc("2026-12-06T12:00:00Z")));
        assertEquals(SlaState.BREACHED, clock.state(utc("2026-12-06T12:00:00Z")));
        // Monday 10:00 Berlin: one open hour more.
        assertEquals(Duration.ofHours(-5), clock.remaining(utc("2026-12-07T09:00:00Z")));
    }

    // ---- pauses --------------------------------------------------------------------------------------------------

    @Test
    void a_pause_during_opening_hours_pushes_the_due_time_by_the_time_paused() {
        // Monday 2026-12-07 09:00 Berlin, due Monday 13:00 Berlin.
        SlaClock clock = SlaClock.start(utc("2026-12-07T08:00:00Z"), FOUR_HOURS, BERLIN_OFFICE);

        // Paused 10:00–11:00 Berlin.
        SlaClock resumed = clock.pause(utc("2026-12-07T09:00:00Z")).resume(utc("2026-12-07T10:00:00Z"));

        assertEquals(Duration.ofHours(1), resumed.pausedTotal());
        assertEquals(utc("2026-12-07T13:00:00Z"), resumed.dueAt());
    }

    @Test
    void a_pause_across_the_night_pushes_the_due_time_by_the_business_time_paused_only() {
        // Monday 2026-12-07 09:00 Berlin, eight hours: due at Monday's closing.
        SlaClock clock = SlaClock.start(utc("2026-12-07T08:00:00Z"), Duration.ofHours(8), BERLIN_OFFICE);
        assertEquals(utc("2026-12-07T16:00:00Z"), clock.dueAt());

        // Paused Monday 16:00 to Tuesday 10:00 Berlin: 18 hours on the wall, two of them open.
        SlaClock paused = clock.pause(utc("2026-12-07T15:00:00Z"));
        Instant tuesdayTen = utc("2026-12-08T09:00:00Z");
        SlaClock resumed = paused.resume(tuesdayTen);

        assertEquals(Duration.ofHours(2), resumed.pausedTotal());
        // Tuesday 11:00 Berlin.
        assertEquals(utc("2026-12-08T10:00:00Z"), resumed.dueAt());
        assertEquals(resumed.dueAt(), paused.dueAt(tuesdayTen), "the due time as of now counts the open pause");
        assertEquals(Duration.ofHours(1), paused.remaining(utc("2026-12-07T22:00:00Z")), "frozen while paused");
        assertEquals(Duration.ofHours(1), paused.remaining(tuesdayTen), "frozen while paused");
    }

    @Test
    void a_pause_entirely_on_a_weekend_pushes_nothing() {
        // Paused Saturday 10:00 to Sunday 18:00 Berlin.
        SlaClock paused = fridayAfternoon.pause(utc("2026-12-05T09:00:00Z"));
        SlaClock resumed = paused.resume(utc("2026-12-06T17:00:00Z"));

        assertEquals(Duration.ZERO, resumed.pausedTotal());
        assertEquals(MONDAY_HALF_PAST_TWELVE, resumed.dueAt());
        assertEquals(MONDAY_HALF_PAST_TWELVE, paused.dueAt(utc("2026-12-06T17:00:00Z")));
        assertEquals(SlaState.PAUSED, paused.state(utc("2026-12-06T17:00:00Z")));
    }

    @Test
    void stopping_a_paused_clock_folds_the_pause_in_business_time() {
        // Friday 2026-12-04 09:00 Berlin, eight hours: due at Friday's closing.
        SlaClock clock = SlaClock.start(utc("2026-12-04T08:00:00Z"), Duration.ofHours(8), BERLIN_OFFICE);
        // Paused Friday 16:00 Berlin, stopped Monday 10:00 Berlin: one open hour on each side of the weekend.
        Instant mondayTen = utc("2026-12-07T09:00:00Z");

        SlaClock stopped = clock.pause(utc("2026-12-04T15:00:00Z")).stop(mondayTen);

        assertFalse(stopped.isPaused());
        assertTrue(stopped.isStopped());
        assertEquals(mondayTen, stopped.stoppedAt());
        // Frozen: kept around the clock, whatever hours the ticket counts in later. Monday 11:00 Berlin.
        assertEquals(BusinessCalendar.ALWAYS_OPEN, stopped.calendar());
        assertEquals(utc("2026-12-07T10:00:00Z"), stopped.dueAt());
        assertEquals(SlaState.MET, stopped.state(utc("2026-12-09T12:00:00Z")));
        assertEquals(Duration.ofHours(1), stopped.remaining(utc("2026-12-09T12:00:00Z")));
    }

    // ---- another calendar ----------------------------------------------------------------------------------------

    @Test
    void moving_to_a_twenty_four_seven_calendar_recomputes_the_due_time_from_the_same_start_keeping_pauses() {
        // Paused Monday 09:00–10:00 Berlin: one business hour, so due Monday 13:30 Berlin.
        SlaClock pausedOnce = fridayAfternoon.pause(utc("2026-12-07T08:00:00Z")).resume(utc("2026-12-07T09:00:00Z"));
        assertEquals(utc("2026-12-07T12:30:00Z"), pausedOnce.dueAt());

        SlaClock moved = pausedOnce.inCalendar(BusinessCalendar.ALWAYS_OPEN, utc("2026-12-07T10:00:00Z"));

        assertEquals(BusinessCalendar.ALWAYS_OPEN, moved.calendar());
        assertEquals(FRIDAY_HALF_PAST_FOUR, moved.startedAt());
        assertEquals(FOUR_HOURS, moved.target());
        assertEquals(Duration.ofHours(1), moved.pausedTotal());
        // Friday 16:30 Berlin + 4h + 1h paused, around the clock: Friday 21:30 Berlin.
        assertEquals(utc("2026-12-04T20:30:00Z"), moved.dueAt());
        assertEquals(SlaState.BREACHED, moved.state(utc("2026-12-07T10:00:00Z")));
    }

    @Test
    void moving_a_twenty_four_seven_clock_into_office_hours_recounts_it_there() {
        SlaClock aroundTheClock = SlaClock.start(FRIDAY_HALF_PAST_FOUR, FOUR_HOURS);
        assertEquals(utc("2026-12-04T19:30:00Z"), aroundTheClock.dueAt());

        SlaClock moved = aroundTheClock.inCalendar(BERLIN_OFFICE, utc("2026-12-04T15:40:00Z"));

        assertEquals(MONDAY_HALF_PAST_TWELVE, moved.dueAt());
        assertEquals(SlaState.OK, moved.state(utc("2026-12-05T12:00:00Z")));
    }

    @Test
    void moving_to_the_same_calendar_changes_nothing() {
        assertSame(fridayAfternoon, fridayAfternoon.inCalendar(BERLIN_OFFICE, utc("2026-12-07T09:00:00Z")));
    }

    @Test
    void moving_calendars_during_a_pause_keeps_the_clock_paused() {
        // Monday 2026-12-07 09:00 Berlin, eight hours; paused at 10:00 Berlin, moved to 24×7 at 12:00 Berlin.
        SlaClock clock = SlaClock.start(utc("2026-12-07T08:00:00Z"), Duration.ofHours(8), BERLIN_OFFICE);
        SlaClock paused = clock.pause(utc("2026-12-07T09:00:00Z"));
        Instant movedAt = utc("2026-12-07T11:00:00Z");

        SlaClock moved = paused.inCalendar(BusinessCalendar.ALWAYS_OPEN, movedAt);

        assertTrue(moved.isPaused());
        assertEquals(SlaState.PAUSED, moved.state(movedAt.plus(Duration.ofHours(1))));
        assertEquals(movedAt, moved.pausedSince());
        assertEquals(Duration.ofHours(2), moved.pausedTotal(), "the pause so far, counted in the old calendar");
        // Resumed two wall hours later, counted around the clock from the move on: four hours paused in all.
        SlaClock resumed = moved.resume(movedAt.plus(Duration.ofHours(2)));
        assertEquals(Duration.ofHours(4), resumed.pausedTotal());
        assertEquals(utc("2026-12-07T20:00:00Z"), resumed.dueAt());
    }

    @Test
    void a_paused_overdue_clock_stays_as_overdue_as_it_was_until_resumed() {
        // Friday 09:00 Berlin, due 13:00 Berlin; paused at 14:00 Berlin, one open hour over.
        SlaClock paused = SlaClock.start(utc("2026-12-04T08:00:00Z"), FOUR_HOURS, BERLIN_OFFICE)
                .pause(utc("2026-12-04T13:00:00Z"));

        assertEquals(Duration.ofHours(-1), paused.remaining(utc("2026-12-05T11:00:00Z")));
        assertEquals(Duration.ofHours(-1), paused.remaining(utc("2026-12-07T08:00:00Z")));
        // Resumed Monday 09:00 Berlin: the three paused open hours of Friday moved the due time to Friday 16:00.
        SlaClock resumed = paused.resume(utc("2026-12-07T08:00:00Z"));
        assertEquals(Duration.ofHours(-1), resumed.remaining(utc("2026-12-07T08:00:00Z")));
        assertEquals(SlaState.BREACHED, resumed.state(utc("2026-12-07T08:00:00Z")));
    }

    @Test
    void a_stopped_clock_keeps_its_outcome_in_other_hours() {
        // Friday 16:30 Berlin, four hours around the clock: due 20:30 Berlin; answered Saturday 10:00 Berlin.
        SlaClock breached = SlaClock.start(utc("2026-12-04T15:30:00Z"), FOUR_HOURS)
                .stop(utc("2026-12-05T09:00:00Z"));

        SlaClock moved = breached.inCalendar(BERLIN_OFFICE, utc("2026-12-08T09:00:00Z"));

        assertEquals(breached, moved);
        assertEquals(SlaState.BREACHED, moved.state(utc("2026-12-08T09:00:00Z")));
    }

    @Test
    void restarting_keeps_the_calendar() {
        // Saturday 2026-12-05 10:00 Berlin.
        Instant saturday = utc("2026-12-05T09:00:00Z");

        SlaClock restarted = fridayAfternoon.restart(saturday);

        assertEquals(SlaClock.start(saturday, FOUR_HOURS, BERLIN_OFFICE), restarted);
        // Counted from Monday 09:00 Berlin: Monday 13:00 Berlin.
        assertEquals(utc("2026-12-07T12:00:00Z"), restarted.dueAt());
    }

    // ---- daylight saving -----------------------------------------------------------------------------------------

    @Test
    void a_nine_to_five_clock_over_the_fall_back_weekend_is_unaffected() {
        // Friday 2026-10-23 16:00 Berlin (CEST): one hour on Friday, three on Monday 2026-10-26 → 12:00 Berlin (CET).
        Instant fridayFour = utc("2026-10-23T14:00:00Z");
        SlaClock clock = SlaClock.start(fridayFour, FOUR_HOURS, BERLIN_OFFICE);

        assertEquals(utc("2026-10-26T11:00:00Z"), clock.dueAt());
        // Saturday noon: three hours left, however long the Sunday between is.
        assertEquals(Duration.ofHours(3), clock.remaining(utc("2026-10-24T10:00:00Z")));
        assertEquals(Duration.ofHours(3), clock.remaining(utc("2026-10-25T12:00:00Z")));
    }

    @Test
    void a_whole_day_calendar_counts_twenty_five_hours_on_the_fall_back_day() {
        BusinessCalendar sundaysOnly = BusinessCalendar.of(BERLIN, days(List.of(SUNDAY), OpeningHours.WHOLE_DAY),
                List.of());
        // Saturday 2026-10-24 12:00 Berlin (CEST): counts from Sunday 00:00 Berlin (CEST, Saturday 22:00Z).
        SlaClock clock = SlaClock.start(utc("2026-10-24T10:00:00Z"), Duration.ofHours(25), sundaysOnly);

        // Sunday 24:00 Berlin (CET): the 25 hours fill the fall-back Sunday exactly.
        assertEquals(utc("2026-10-25T23:00:00Z"), clock.dueAt());
        // Sunday 12:00 Berlin (CET, 11:00Z): thirteen real hours gone, twelve left.
        assertEquals(Duration.ofHours(12), clock.remaining(utc("2026-10-25T11:00:00Z")));
        // One more hour does not fit into that Sunday: it is taken from the next one, 2026-11-01 00:00–01:00 Berlin.
        assertEquals(utc("2026-11-01T00:00:00Z"),
                SlaClock.start(utc("2026-10-24T10:00:00Z"), Duration.ofHours(26), sundaysOnly).dueAt());
    }

    @Test
    void a_calendar_open_all_day_every_day_counts_the_fall_back_day_as_twenty_five_hours() {
        BusinessCalendar allDayInBerlin = BusinessCalendar.of(BERLIN,
                days(List.of(DayOfWeek.values()), OpeningHours.WHOLE_DAY), List.of());
        // Sunday 2026-10-25 00:00 Berlin (CEST) to Monday 00:00 Berlin (CET).
        Instant sundayMidnight = utc("2026-10-24T22:00:00Z");
        Instant mondayMidnight = utc("2026-10-25T23:00:00Z");

        assertEquals(mondayMidnight, SlaClock.start(sundayMidnight, Duration.ofHours(25), allDayInBerlin).dueAt());
        assertEquals(Duration.ofHours(25), allDayInBerlin.between(sundayMidnight, mondayMidnight));
    }

    private static Map<DayOfWeek, List<OpeningHours>> days(List<DayOfWeek> open, OpeningHours... ranges) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : open) {
            week.put(day, List.of(ranges));
        }
        return week;
    }

    private static OpeningHours hours(String from, String to) {
        return new OpeningHours(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Instant utc(String text) {
        return Instant.parse(text);
    }
}
