package io.supportdesk.domain.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.sla.BusinessCalendar.Holiday;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * Expected instants are written out in UTC by hand (local time in the comment) rather than derived through
 * ZonedDateTime, so a slip in how the calendar resolves wall-clock times cannot cancel out in the test.
 * Berlin: CET = UTC+1, CEST = UTC+2 (2026: CEST from 03-29 01:00Z to 10-25 01:00Z).
 * New York: EST = UTC-5, EDT = UTC-4 (2026: EDT from 03-08 07:00Z to 11-01 06:00Z).
 */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final BusinessCalendar BERLIN_NINE_TO_FIVE =
            BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:00")), List.of());
    private static final BusinessCalendar NEW_YORK_NINE_TO_FIVE =
            BusinessCalendar.of(NEW_YORK, weekdays(hours("09:00", "17:00")), List.of());

    // ---- the product's acceptance example ----------------------------------------------------------------------

    @Test
    void four_business_hours_from_friday_afternoon_end_on_monday_at_half_past_twelve() {
        Instant fridayHalfPastFour = utc("2026-12-04T15:30:00Z");
        Instant mondayHalfPastTwelve = utc("2026-12-07T11:30:00Z");

        assertEquals(mondayHalfPastTwelve, BERLIN_NINE_TO_FIVE.plus(fridayHalfPastFour, Duration.ofHours(4)));
        assertEquals(Duration.ofHours(4), BERLIN_NINE_TO_FIVE.between(fridayHalfPastFour, mondayHalfPastTwelve));
    }

    // ---- plain days ----------------------------------------------------------------------------------------------

    @Test
    void time_within_one_open_day_is_plain_addition() {
        Instant tuesdayTen = utc("2026-12-08T09:00:00Z");

        assertEquals(utc("2026-12-08T12:00:00Z"), BERLIN_NINE_TO_FIVE.plus(tuesdayTen, Duration.ofHours(3)));
        assertEquals(Duration.ofMinutes(187), BERLIN_NINE_TO_FIVE.between(tuesdayTen, utc("2026-12-08T12:07:00Z")));
    }

    @Test
    void time_running_out_exactly_at_closing_ends_at_the_closing_not_at_the_next_opening() {
        Instant fridayHalfPastFour = utc("2026-12-04T15:30:00Z");

        assertEquals(utc("2026-12-04T16:00:00Z"), BERLIN_NINE_TO_FIVE.plus(fridayHalfPastFour, Duration.ofMinutes(30)));
        assertEquals(utc("2026-12-07T08:00:00Z"),
                BERLIN_NINE_TO_FIVE.plus(fridayHalfPastFour, Duration.ofMinutes(30).plusNanos(1)).minusNanos(1));
    }

    @Test
    void a_weekend_is_not_counted() {
        Instant fridayNoon = utc("2026-12-04T11:00:00Z");
        Instant mondayNoon = utc("2026-12-07T11:00:00Z");

        assertEquals(Duration.ofHours(8), BERLIN_NINE_TO_FIVE.between(fridayNoon, mondayNoon));
        assertEquals(mondayNoon, BERLIN_NINE_TO_FIVE.plus(fridayNoon, Duration.ofHours(8)));
        assertEquals(Duration.ZERO,
                BERLIN_NINE_TO_FIVE.between(utc("2026-12-04T23:00:00Z"), utc("2026-12-06T23:00:00Z")));
        assertFalse(BERLIN_NINE_TO_FIVE.isOpen(utc("2026-12-05T11:00:00Z")));
        assertFalse(BERLIN_NINE_TO_FIVE.isOpen(utc("2026-12-06T11:00:00Z")));
    }

    @Test
    void a_full_week_of_nine_to_five_is_forty_hours() {
        assertEquals(Duration.ofHours(40),
                BERLIN_NINE_TO_FIVE.between(utc("2026-12-07T00:00:00Z"), utc("2026-12-14T00:00:00Z")));
    }

    // ---- starts outside opening hours ---------------------------------------------------------------------------

    @Test
    void a_start_before_opening_counts_from_the_opening() {
        Instant tuesdaySeven = utc("2026-12-08T06:00:00Z");

        assertEquals(utc("2026-12-08T09:00:00Z"), BERLIN_NINE_TO_FIVE.plus(tuesdaySeven, Duration.ofHours(1)));
        assertEquals(Duration.ofHours(1), BERLIN_NINE_TO_FIVE.between(tuesdaySeven, utc("2026-12-08T09:00:00Z")));
    }

    @Test
    void a_start_after_closing_counts_from_the_next_morning() {
        Instant tuesdayEightPm = utc("2026-12-08T19:00:00Z");

        assertEquals(utc("2026-12-09T09:00:00Z"), BERLIN_NINE_TO_FIVE.plus(tuesdayEightPm, Duration.ofHours(1)));
    }

    @Test
    void a_start_on_a_closed_day_counts_from_the_next_opening() {
        Instant saturdayNoon = utc("2026-12-05T11:00:00Z");

        assertEquals(utc("2026-12-07T09:00:00Z"), BERLIN_NINE_TO_FIVE.plus(saturdayNoon, Duration.ofHours(1)));
        assertEquals(utc("2026-12-07T08:00:00.000000001Z"),
                BERLIN_NINE_TO_FIVE.plus(saturdayNoon, Duration.ofNanos(1)));
    }

    @Test
    void adding_no_business_time_gives_the_start_itself_even_when_closed() {
        Instant saturdayNoon = utc("2026-12-05T11:00:00Z");
        Instant tuesdayTen = utc("2026-12-08T09:00:00Z");

        assertEquals(saturdayNoon, BERLIN_NINE_TO_FIVE.plus(saturdayNoon, Duration.ZERO));
        assertEquals(tuesdayTen, BERLIN_NINE_TO_FIVE.plus(tuesdayTen, Duration.ZERO));
    }

    @Test
    void negative_business_time_is_refused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BERLIN_NINE_TO_FIVE.plus(utc("2026-12-08T09:00:00Z"), Duration.ofMinutes(-1)));

        assertEquals("business time must not be negative, was PT-1M", error.getMessage());
    }

    @Test
    void next_opening_is_the_instant_itself_while_open_and_the_coming_opening_otherwise() {
        Instant tuesdayTen = utc("2026-12-08T09:00:00Z");

        assertEquals(tuesdayTen, BERLIN_NINE_TO_FIVE.nextOpening(tuesdayTen));
        assertEquals(utc("2026-12-08T08:00:00Z"), BERLIN_NINE_TO_FIVE.nextOpening(utc("2026-12-08T00:00:00Z")));
        assertEquals(utc("2026-12-09T08:00:00Z"), BERLIN_NINE_TO_FIVE.nextOpening(utc("2026-12-08T16:00:00Z")));
        assertEquals(utc("2026-12-07T08:00:00Z"), BERLIN_NINE_TO_FIVE.nextOpening(utc("2026-12-04T16:00:00Z")));
    }

    @Test
    void opening_hours_include_their_opening_instant_and_exclude_their_closing_instant() {
        assertFalse(BERLIN_NINE_TO_FIVE.isOpen(utc("2026-12-08T07:59:59.999999999Z")));
        assertTrue(BERLIN_NINE_TO_FIVE.isOpen(utc("2026-12-08T08:00:00Z")));
        assertTrue(BERLIN_NINE_TO_FIVE.isOpen(utc("2026-12-08T15:59:59.999999999Z")));
        assertFalse(BERLIN_NINE_TO_FIVE.isOpen(utc("2026-12-08T16:00:00Z")));
    }

    // ---- holidays ------------------------------------------------------------------------------------------------

    @Test
    void a_one_off_holiday_is_closed() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:00")),
                List.of(Holiday.on(LocalDate.of(2026, 12, 7))));
        Instant fridayHalfPastFour = utc("2026-12-04T15:30:00Z");
        Instant tuesdayHalfPastTwelve = utc("2026-12-08T11:30:00Z");

        assertEquals(tuesdayHalfPastTwelve, calendar.plus(fridayHalfPastFour, Duration.ofHours(4)));
        assertEquals(Duration.ofHours(4), calendar.between(fridayHalfPastFour, tuesdayHalfPastTwelve));
        assertFalse(calendar.isOpen(utc("2026-12-07T09:00:00Z")));
        assertTrue(calendar.isOpen(utc("2027-12-06T09:00:00Z")), "a one-off holiday does not come back");
    }

    @Test
    void a_yearly_holiday_is_closed_in_its_own_year() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:00")),
                List.of(Holiday.yearlyOn(LocalDate.of(2026, 12, 25))));

        // Thursday 24th counts, Friday 25th does not, then the weekend.
        assertEquals(Duration.ofHours(8), calendar.between(utc("2026-12-24T00:00:00Z"), utc("2026-12-28T00:00:00Z")));
        assertFalse(calendar.isOpen(utc("2026-12-25T09:00:00Z")));
    }

    @Test
    void a_yearly_holiday_is_closed_again_in_a_later_year() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:00")),
                List.of(Holiday.yearlyOn(LocalDate.of(2026, 12, 25))));
        Instant fridayBeforeChristmas2028AtFour = utc("2028-12-22T15:00:00Z");

        // Christmas 2028 is a Monday: Friday's last hour, then Tuesday from nine.
        assertEquals(utc("2028-12-26T09:00:00Z"), calendar.plus(fridayBeforeChristmas2028AtFour, Duration.ofHours(2)));
        assertFalse(calendar.isOpen(utc("2028-12-25T09:00:00Z")));
    }

    @Test
    void a_holiday_matches_its_day_and_a_yearly_holiday_its_month_and_day_in_every_year() {
        Holiday once = Holiday.on(LocalDate.of(2026, 12, 25));
        Holiday yearly = Holiday.yearlyOn(LocalDate.of(2026, 12, 25));

        assertTrue(once.matches(LocalDate.of(2026, 12, 25)));
        assertFalse(once.matches(LocalDate.of(2027, 12, 25)));
        assertFalse(once.matches(LocalDate.of(2026, 12, 26)));
        assertTrue(yearly.matches(LocalDate.of(2026, 12, 25)));
        assertTrue(yearly.matches(LocalDate.of(2031, 12, 25)));
        assertTrue(yearly.matches(LocalDate.of(2025, 12, 25)), "every year, also before the one it was entered for");
        assertFalse(yearly.matches(LocalDate.of(2026, 11, 25)));
        assertFalse(yearly.matches(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void a_yearly_holiday_on_february_29_closes_only_leap_years() {
        Holiday leapDay = Holiday.yearlyOn(LocalDate.of(2024, 2, 29));
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, everyDay(hours("09:00", "17:00")), List.of(leapDay));

        assertTrue(leapDay.matches(LocalDate.of(2028, 2, 29)));
        assertFalse(leapDay.matches(LocalDate.of(2027, 2, 28)));
        assertFalse(leapDay.matches(LocalDate.of(2027, 3, 1)));
        assertFalse(calendar.isOpen(utc("2028-02-29T09:00:00Z")));
        assertTrue(calendar.isOpen(utc("2027-02-28T09:00:00Z")));
        assertTrue(calendar.isOpen(utc("2027-03-01T09:00:00Z")));
    }

    // ---- several ranges in one day -------------------------------------------------------------------------------

    private static final BusinessCalendar BERLIN_WITH_LUNCH_BREAK = BusinessCalendar.of(BERLIN,
            weekdays(hours("08:00", "12:00"), hours("13:00", "17:00")), List.of());

    @Test
    void a_lunch_break_is_not_counted() {
        Instant tuesdayEleven = utc("2026-12-08T10:00:00Z");

        assertEquals(utc("2026-12-08T13:00:00Z"), BERLIN_WITH_LUNCH_BREAK.plus(tuesdayEleven, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(8),
                BERLIN_WITH_LUNCH_BREAK.between(utc("2026-12-08T00:00:00Z"), utc("2026-12-09T00:00:00Z")));
        assertFalse(BERLIN_WITH_LUNCH_BREAK.isOpen(utc("2026-12-08T11:30:00Z")));
        assertEquals(utc("2026-12-08T12:00:00Z"), BERLIN_WITH_LUNCH_BREAK.nextOpening(utc("2026-12-08T11:30:00Z")));
    }

    @Test
    void time_running_out_at_the_lunch_break_ends_when_the_break_starts() {
        assertEquals(utc("2026-12-08T11:00:00Z"),
                BERLIN_WITH_LUNCH_BREAK.plus(utc("2026-12-08T10:00:00Z"), Duration.ofHours(1)));
    }

    @Test
    void a_start_during_the_lunch_break_counts_from_the_afternoon() {
        assertEquals(utc("2026-12-08T12:30:00Z"),
                BERLIN_WITH_LUNCH_BREAK.plus(utc("2026-12-08T11:15:00Z"), Duration.ofMinutes(30)));
    }

    @Test
    void ranges_that_touch_add_up_as_one() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN,
                weekdays(hours("09:00", "12:00"), hours("12:00", "17:00")), List.of());

        assertTrue(calendar.isOpen(utc("2026-12-08T11:00:00Z")));
        assertEquals(utc("2026-12-08T12:00:00Z"), calendar.plus(utc("2026-12-08T09:00:00Z"), Duration.ofHours(3)));
        assertEquals(Duration.ofHours(8), calendar.between(utc("2026-12-08T00:00:00Z"), utc("2026-12-09T00:00:00Z")));
    }

    // ---- overnight and until-midnight ranges ---------------------------------------------------------------------

    private static final BusinessCalendar BERLIN_NIGHT_SHIFT =
            BusinessCalendar.of(BERLIN, weekdays(hours("22:00", "06:00")), List.of());

    @Test
    void an_overnight_range_runs_into_the_next_morning() {
        Instant tuesdayElevenPm = utc("2026-12-08T22:00:00Z");

        assertTrue(BERLIN_NIGHT_SHIFT.isOpen(utc("2026-12-09T02:00:00Z")));
        assertFalse(BERLIN_NIGHT_SHIFT.isOpen(utc("2026-12-09T05:00:00Z")));
        assertEquals(Duration.ofHours(8),
                BERLIN_NIGHT_SHIFT.between(utc("2026-12-08T12:00:00Z"), utc("2026-12-09T12:00:00Z")));
        // Seven hours to Wednesday six, then the eighth from Wednesday ten at night.
        assertEquals(utc("2026-12-09T22:00:00Z"), BERLIN_NIGHT_SHIFT.plus(tuesdayElevenPm, Duration.ofHours(8)));
    }

    @Test
    void an_overnight_range_belongs_to_the_day_it_starts_on() {
        // Friday night runs into Saturday morning; nothing starts on Sunday night.
        assertTrue(BERLIN_NIGHT_SHIFT.isOpen(utc("2026-12-05T04:00:00Z")));
        assertFalse(BERLIN_NIGHT_SHIFT.isOpen(utc("2026-12-05T21:30:00Z")));
        assertFalse(BERLIN_NIGHT_SHIFT.isOpen(utc("2026-12-07T02:00:00Z")));
        assertEquals(utc("2026-12-07T21:00:00Z"), BERLIN_NIGHT_SHIFT.nextOpening(utc("2026-12-05T05:00:00Z")));
    }

    @Test
    void a_holiday_on_the_start_day_cancels_the_whole_overnight_range() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, weekdays(hours("22:00", "06:00")),
                List.of(Holiday.on(LocalDate.of(2026, 12, 8))));

        assertFalse(calendar.isOpen(utc("2026-12-08T22:00:00Z")), "Tuesday night, after the holiday's evening");
        assertFalse(calendar.isOpen(utc("2026-12-09T02:00:00Z")), "Wednesday morning, still Tuesday's range");
        assertEquals(Duration.ZERO, calendar.between(utc("2026-12-08T12:00:00Z"), utc("2026-12-09T12:00:00Z")));
    }

    @Test
    void an_overnight_range_starting_the_day_before_a_holiday_runs_into_it() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, weekdays(hours("22:00", "06:00")),
                List.of(Holiday.on(LocalDate.of(2026, 12, 8))));
        Instant mondayTenPm = utc("2026-12-07T21:00:00Z");

        assertTrue(calendar.isOpen(utc("2026-12-08T02:00:00Z")), "Tuesday morning, still Monday's range");
        // Monday night's eight hours, then Tuesday night is cancelled, so the ninth hour is Wednesday night's first.
        assertEquals(utc("2026-12-09T22:00:00Z"), calendar.plus(mondayTenPm, Duration.ofHours(9)));
    }

    @Test
    void a_range_until_midnight_ends_at_the_end_of_its_day() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(MONDAY, List.of(hours("18:00", "00:00"))),
                List.of());

        assertEquals(Duration.ofHours(6), calendar.between(utc("2026-12-06T23:00:00Z"), utc("2026-12-08T23:00:00Z")));
        assertTrue(calendar.isOpen(utc("2026-12-07T22:59:59Z")));
        assertFalse(calendar.isOpen(utc("2026-12-07T23:00:00Z")));
        assertTrue(hours("18:00", "00:00").endsNextDay());
    }

    @Test
    void a_whole_day_range_is_twenty_four_hours_on_an_ordinary_day() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(WEDNESDAY, List.of(OpeningHours.WHOLE_DAY)),
                List.of());

        assertSingleOpening(calendar, "2026-12-08T23:00:00Z", "2026-12-09T23:00:00Z", Duration.ofHours(24));
    }

    // ---- daylight saving: Europe/Berlin --------------------------------------------------------------------------

    @Test
    void berlin_spring_forward_shortens_a_midnight_to_six_range_to_five_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(SUNDAY, List.of(hours("00:00", "06:00"))),
                List.of());

        // 00:00 CET to 06:00 CEST.
        assertSingleOpening(calendar, "2026-03-28T23:00:00Z", "2026-03-29T04:00:00Z", Duration.ofHours(5));
        assertEquals(utc("2026-03-29T01:00:00Z"), calendar.plus(utc("2026-03-28T12:00:00Z"), Duration.ofHours(2)),
                "two hours after midnight it is already three o'clock");
    }

    @Test
    void berlin_spring_forward_shortens_an_overnight_range_to_seven_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(SATURDAY, List.of(hours("22:00", "06:00"))),
                List.of());

        // Saturday 22:00 CET to Sunday 06:00 CEST.
        assertSingleOpening(calendar, "2026-03-28T21:00:00Z", "2026-03-29T04:00:00Z", Duration.ofHours(7));
    }

    @Test
    void berlin_spring_forward_leaves_nine_to_five_days_at_eight_hours() {
        Instant fridayFourPmCet = utc("2026-03-27T15:00:00Z");
        Instant mondayTenAmCest = utc("2026-03-30T08:00:00Z");

        assertEquals(mondayTenAmCest, BERLIN_NINE_TO_FIVE.plus(fridayFourPmCet, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), BERLIN_NINE_TO_FIVE.between(fridayFourPmCet, mondayTenAmCest));
        assertEquals(Duration.ofHours(16),
                BERLIN_NINE_TO_FIVE.between(utc("2026-03-27T00:00:00Z"), utc("2026-03-31T00:00:00Z")));

        BusinessCalendar sevenDays = BusinessCalendar.of(BERLIN, everyDay(hours("09:00", "17:00")), List.of());
        assertEquals(utc("2026-03-29T07:00:00Z"), sevenDays.nextOpening(utc("2026-03-29T00:00:00Z")));
        assertEquals(Duration.ofHours(8), sevenDays.between(utc("2026-03-29T00:00:00Z"), utc("2026-03-29T20:00:00Z")));
    }

    @Test
    void berlin_fall_back_lengthens_a_midnight_to_six_range_to_seven_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(SUNDAY, List.of(hours("00:00", "06:00"))),
                List.of());

        // 00:00 CEST to 06:00 CET.
        assertSingleOpening(calendar, "2026-10-24T22:00:00Z", "2026-10-25T05:00:00Z", Duration.ofHours(7));
    }

    @Test
    void berlin_fall_back_lengthens_an_overnight_range_to_nine_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(SATURDAY, List.of(hours("22:00", "06:00"))),
                List.of());

        // Saturday 22:00 CEST to Sunday 06:00 CET.
        assertSingleOpening(calendar, "2026-10-24T20:00:00Z", "2026-10-25T05:00:00Z", Duration.ofHours(9));
    }

    @Test
    void berlin_fall_back_leaves_nine_to_five_days_at_eight_hours() {
        Instant fridayFourPmCest = utc("2026-10-23T14:00:00Z");
        Instant mondayTenAmCet = utc("2026-10-26T09:00:00Z");

        assertEquals(mondayTenAmCet, BERLIN_NINE_TO_FIVE.plus(fridayFourPmCest, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), BERLIN_NINE_TO_FIVE.between(fridayFourPmCest, mondayTenAmCet));

        BusinessCalendar sevenDays = BusinessCalendar.of(BERLIN, everyDay(hours("09:00", "17:00")), List.of());
        assertEquals(utc("2026-10-25T08:00:00Z"), sevenDays.nextOpening(utc("2026-10-25T00:00:00Z")));
        assertEquals(Duration.ofHours(8), sevenDays.between(utc("2026-10-25T00:00:00Z"), utc("2026-10-25T20:00:00Z")));
    }

    @Test
    void berlin_whole_day_is_23_hours_on_spring_forward_and_25_hours_on_fall_back() {
        BusinessCalendar sundays = BusinessCalendar.of(BERLIN, Map.of(SUNDAY, List.of(OpeningHours.WHOLE_DAY)),
                List.of());

        assertSingleOpening(sundays, "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", Duration.ofHours(23));
        assertSingleOpening(sundays, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", Duration.ofHours(25));
    }

    @Test
    void a_time_in_the_spring_forward_gap_moves_forward_by_the_length_of_the_gap() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(SUNDAY, List.of(hours("02:30", "06:00"))),
                List.of());

        // 02:30 does not exist that night and becomes 03:30 CEST.
        assertSingleOpening(calendar, "2026-03-29T01:30:00Z", "2026-03-29T04:00:00Z", Duration.ofMinutes(150));
    }

    @Test
    void an_ambiguous_fall_back_time_takes_the_earlier_offset() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(SUNDAY, List.of(hours("02:30", "06:00"))),
                List.of());

        // 02:30 happens twice that night; the first one, 02:30 CEST, opens.
        assertSingleOpening(calendar, "2026-10-25T00:30:00Z", "2026-10-25T05:00:00Z", Duration.ofMinutes(270));
    }

    @Test
    void ranges_pushed_into_each_other_by_the_gap_count_their_common_time_once() {
        // 02:30 becomes 03:30 CEST, later than the second range's 03:15 CEST start.
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN,
                Map.of(SUNDAY, List.of(hours("01:00", "02:30"), hours("03:15", "05:00"))), List.of());

        assertSingleOpening(calendar, "2026-03-29T00:00:00Z", "2026-03-29T03:00:00Z", Duration.ofHours(3));
        assertEquals(Duration.ofMinutes(90 + 105),
                calendar.between(utc("2026-04-04T12:00:00Z"), utc("2026-04-05T12:00:00Z")), "an ordinary Sunday");
    }

    @Test
    void a_range_turned_backwards_by_the_gap_counts_no_time_rather_than_negative_time() {
        // 02:30 becomes 03:30 CEST, after the 03:15 CEST end.
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN,
                Map.of(SUNDAY, List.of(hours("02:30", "03:15")), MONDAY, List.of(hours("09:00", "17:00"))), List.of());

        assertEquals(Duration.ZERO, calendar.between(utc("2026-03-28T12:00:00Z"), utc("2026-03-30T00:00:00Z")));
        assertEquals(utc("2026-03-30T07:00:00Z"), calendar.nextOpening(utc("2026-03-28T12:00:00Z")));
        assertEquals(Duration.ofMinutes(45),
                calendar.between(utc("2026-04-04T12:00:00Z"), utc("2026-04-05T12:00:00Z")), "an ordinary Sunday");
    }

    // ---- daylight saving: America/New_York -----------------------------------------------------------------------

    @Test
    void new_york_spring_forward_shortens_a_midnight_to_six_range_to_five_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(NEW_YORK, Map.of(SUNDAY, List.of(hours("00:00", "06:00"))),
                List.of());

        // 00:00 EST to 06:00 EDT.
        assertSingleOpening(calendar, "2026-03-08T05:00:00Z", "2026-03-08T10:00:00Z", Duration.ofHours(5));
    }

    @Test
    void new_york_spring_forward_shortens_an_overnight_range_to_seven_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(NEW_YORK, Map.of(SATURDAY, List.of(hours("22:00", "06:00"))),
                List.of());

        // Saturday 22:00 EST to Sunday 06:00 EDT.
        assertSingleOpening(calendar, "2026-03-08T03:00:00Z", "2026-03-08T10:00:00Z", Duration.ofHours(7));
    }

    @Test
    void new_york_spring_forward_leaves_nine_to_five_days_at_eight_hours() {
        Instant fridayFourPmEst = utc("2026-03-06T21:00:00Z");
        Instant mondayTenAmEdt = utc("2026-03-09T14:00:00Z");

        assertEquals(mondayTenAmEdt, NEW_YORK_NINE_TO_FIVE.plus(fridayFourPmEst, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), NEW_YORK_NINE_TO_FIVE.between(fridayFourPmEst, mondayTenAmEdt));
    }

    @Test
    void new_york_fall_back_lengthens_a_midnight_to_six_range_to_seven_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(NEW_YORK, Map.of(SUNDAY, List.of(hours("00:00", "06:00"))),
                List.of());

        // 00:00 EDT to 06:00 EST.
        assertSingleOpening(calendar, "2026-11-01T04:00:00Z", "2026-11-01T11:00:00Z", Duration.ofHours(7));
    }

    @Test
    void new_york_fall_back_lengthens_an_overnight_range_to_nine_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(NEW_YORK, Map.of(SATURDAY, List.of(hours("22:00", "06:00"))),
                List.of());

        // Saturday 22:00 EDT to Sunday 06:00 EST.
        assertSingleOpening(calendar, "2026-11-01T02:00:00Z", "2026-11-01T11:00:00Z", Duration.ofHours(9));
    }

    @Test
    void new_york_fall_back_leaves_nine_to_five_days_at_eight_hours() {
        Instant fridayFourPmEdt = utc("2026-10-30T20:00:00Z");
        Instant mondayTenAmEst = utc("2026-11-02T15:00:00Z");

        assertEquals(mondayTenAmEst, NEW_YORK_NINE_TO_FIVE.plus(fridayFourPmEdt, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), NEW_YORK_NINE_TO_FIVE.between(fridayFourPmEdt, mondayTenAmEst));
    }

    @Test
    void new_york_ambiguous_fall_back_time_takes_the_earlier_offset() {
        BusinessCalendar calendar = BusinessCalendar.of(NEW_YORK, Map.of(SUNDAY, List.of(hours("01:30", "03:00"))),
                List.of());

        // 01:30 EDT (the first of two) to 03:00 EST.
        assertSingleOpening(calendar, "2026-11-01T05:30:00Z", "2026-11-01T08:00:00Z", Duration.ofMinutes(150));
    }

    // ---- always open ---------------------------------------------------------------------------------------------

    @Test
    void always_open_is_plain_arithmetic() {
        BusinessCalendar always = BusinessCalendar.ALWAYS_OPEN;

        assertTrue(always.isAlwaysOpen());
        assertEquals(ZoneOffset.UTC, always.zone());
        for (Instant start : spreadOverTheYear()) {
            for (Duration duration : durations()) {
                assertEquals(start.plus(duration), always.plus(start, duration));
                assertEquals(duration, always.between(start, start.plus(duration)));
                assertEquals(duration.negated(), always.between(start.plus(duration), start));
            }
            assertTrue(always.isOpen(start));
            assertEquals(start, always.nextOpening(start));
        }
    }

    @Test
    void any_calendar_open_round_the_clock_behaves_like_always_open() {
        BusinessCalendar berlinAllDay = BusinessCalendar.of(BERLIN, everyDay(OpeningHours.WHOLE_DAY), List.of());
        Instant beforeSpringForward = utc("2026-03-28T12:00:00Z");

        assertTrue(berlinAllDay.isAlwaysOpen());
        assertEquals(Duration.ofHours(48), berlinAllDay.between(beforeSpringForward, utc("2026-03-30T12:00:00Z")));
        assertEquals(BusinessCalendar.ALWAYS_OPEN,
                BusinessCalendar.of(ZoneOffset.UTC, everyDay(OpeningHours.WHOLE_DAY), List.of()));
        assertFalse(BusinessCalendar.of(BERLIN, everyDay(OpeningHours.WHOLE_DAY),
                List.of(Holiday.on(LocalDate.of(2026, 12, 25)))).isAlwaysOpen());
        assertFalse(BERLIN_NINE_TO_FIVE.isAlwaysOpen());
    }

    @Test
    void whole_days_every_day_are_contiguous_across_daylight_saving_changes() {
        BusinessCalendar berlinAllDay = BusinessCalendar.of(BERLIN, everyDay(OpeningHours.WHOLE_DAY),
                List.of(Holiday.on(LocalDate.of(2026, 1, 1))));

        assertEquals(Duration.between(utc("2026-03-01T00:00:00Z"), utc("2026-11-30T00:00:00Z")),
                berlinAllDay.between(utc("2026-03-01T00:00:00Z"), utc("2026-11-30T00:00:00Z")));
    }

    // ---- plus and between are inverse ---------------------------------------------------------------------------

    @Test
    void between_measures_back_exactly_the_business_time_plus_added() {
        for (BusinessCalendar calendar : varietyOfCalendars()) {
            for (Instant start : spreadOverTheYear()) {
                for (Duration duration : durations()) {
                    Instant end = calendar.plus(start, duration);

                    assertEquals(duration, calendar.between(start, end), () -> calendar + " from " + start);
                    assertEquals(duration.negated(), calendar.between(end, start), () -> calendar + " from " + start);
                }
            }
        }
    }

    /*
     * plus(s, between(s, t)) cannot always be t: the business time up to a closed t ran out at the last closing before
     * it. It lands on t itself when t is open (and some business time lies before it), otherwise on the closing before
     * t (or on s), and in every case no business time lies between where it lands and t, so it has the same next
     * opening as t.
     */
    @Test
    void plus_after_between_lands_on_t_or_on_the_closing_before_it_and_so_shares_its_next_opening() {
        for (BusinessCalendar calendar : varietyOfCalendars()) {
            for (Instant s : spreadOverTheYear()) {
                for (Duration gap : durations()) {
                    Instant t = s.plus(gap);
                    Duration business = calendar.between(s, t);
                    Instant landed = calendar.plus(s, business);

                    assertFalse(landed.isAfter(t), () -> calendar + " from " + s + " to " + t);
                    assertEquals(Duration.ZERO, calendar.between(landed, t),
                            () -> calendar + " from " + s + " to " + t);
                    assertEquals(calendar.nextOpening(t), calendar.nextOpening(landed),
                            () -> calendar + " from " + s + " to " + t);
                    if (calendar.isOpen(t) && business.isPositive()) {
                        assertEquals(t, landed, () -> calendar + " from " + s + " to " + t);
                    }
                }
            }
        }
    }

    @Test
    void between_backwards_is_between_forwards_negated() {
        for (BusinessCalendar calendar : varietyOfCalendars()) {
            for (Instant a : spreadOverTheYear()) {
                for (Duration gap : durations()) {
                    Instant b = a.plus(gap);

                    assertEquals(calendar.between(a, b).negated(), calendar.between(b, a), () -> calendar + " " + a);
                }
                assertEquals(Duration.ZERO, calendar.between(a, a));
            }
        }
    }

    @Test
    void between_splits_at_any_instant_in_the_middle() {
        for (BusinessCalendar calendar : varietyOfCalendars()) {
            for (Instant a : spreadOverTheYear()) {
                Instant middle = a.plus(Duration.ofHours(31).plusMinutes(7));
                Instant end = a.plus(Duration.ofDays(9).plusMinutes(41));

                assertEquals(calendar.between(a, end), calendar.between(a, middle).plus(calendar.between(middle, end)));
            }
        }
    }

    // ---- long walks ----------------------------------------------------------------------------------------------

    @Test
    void five_hundred_business_hours_are_sixty_two_and_a_half_working_days() {
        Instant mondayNineCet = utc("2026-01-05T08:00:00Z");
        // 60 days are twelve weeks; two more days, then four hours on Wednesday 1 April, by then in CEST.
        Instant wednesdayOnePmCest = utc("2026-04-01T11:00:00Z");

        assertEquals(wednesdayOnePmCest, BERLIN_NINE_TO_FIVE.plus(mondayNineCet, Duration.ofHours(500)));
        assertEquals(Duration.ofHours(500), BERLIN_NINE_TO_FIVE.between(mondayNineCet, wednesdayOnePmCest));
    }

    @Test
    void decades_of_business_time_are_walked_day_by_day_not_minute_by_minute() {
        Duration twentyYearsOfWorkingDays = Duration.ofHours(8L * 5 * 52 * 20);

        Instant end = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> BERLIN_WITH_LUNCH_BREAK.plus(utc("2026-01-05T07:00:00Z"), twentyYearsOfWorkingDays));
        assertEquals(twentyYearsOfWorkingDays, BERLIN_WITH_LUNCH_BREAK.between(utc("2026-01-05T07:00:00Z"), end));
    }

    @Test
    void a_calendar_closed_by_holidays_for_years_gives_up_with_a_clear_error() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(MONDAY, List.of(hours("09:00", "17:00"))),
                everyMondayFrom(LocalDate.of(2026, 1, 5), 5 * 53));
        Instant start = utc("2026-01-01T00:00:00Z");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> calendar.plus(start, Duration.ofHours(1)));
        assertEquals("business calendar finds no opening in the 1098 days after 2026-01-01 (Europe/Berlin): "
                + "holidays cover every day with opening hours", error.getMessage());
        assertThrows(IllegalStateException.class, () -> calendar.nextOpening(start));
        // Questions about a bounded stretch still have an answer.
        assertFalse(calendar.isOpen(start));
        assertEquals(Duration.ZERO, calendar.between(start, utc("2031-01-01T00:00:00Z")));
    }

    @Test
    void a_long_stretch_of_holidays_within_the_bound_is_walked_through() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, Map.of(MONDAY, List.of(hours("09:00", "17:00"))),
                everyMondayFrom(LocalDate.of(2026, 1, 5), 2 * 52));

        // The first Monday after two years of holidays: 2028-01-03, 09:00 CET.
        assertEquals(utc("2028-01-03T09:00:00Z"), calendar.plus(utc("2026-01-01T00:00:00Z"), Duration.ofHours(1)));
    }

    // ---- validation ---------------------------------------------------------------------------------------------

    @Test
    void overlapping_ranges_on_one_day_are_refused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN,
                Map.of(MONDAY, List.of(hours("11:00", "13:00"), hours("09:00", "12:00"))), List.of()));

        assertEquals("opening hours on MONDAY overlap: 09:00–12:00 and 11:00–13:00", error.getMessage());
    }

    @Test
    void the_same_range_twice_on_one_day_is_refused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN,
                Map.of(TUESDAY, List.of(hours("09:00", "17:00"), hours("09:00", "17:00"))), List.of()));

        assertEquals("opening hours on TUESDAY overlap: 09:00–17:00 and 09:00–17:00", error.getMessage());
    }

    @Test
    void an_overnight_range_overlapping_its_own_day_is_refused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN,
                Map.of(MONDAY, List.of(hours("20:00", "23:00"), hours("22:00", "06:00"))), List.of()));

        assertEquals("opening hours on MONDAY overlap: 20:00–23:00 and 22:00–06:00", error.getMessage());
    }

    @Test
    void an_overnight_range_overlapping_the_next_morning_is_refused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN,
                Map.of(MONDAY, List.of(hours("22:00", "06:00")), TUESDAY, List.of(hours("05:00", "09:00"))),
                List.of()));

        assertEquals("opening hours on TUESDAY overlap: 22:00–06:00 from MONDAY and 05:00–09:00", error.getMessage());
    }

    @Test
    void a_sunday_overnight_range_is_checked_against_monday() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN,
                Map.of(SUNDAY, List.of(hours("22:00", "06:00")), MONDAY, List.of(OpeningHours.WHOLE_DAY)), List.of()));

        assertEquals("opening hours on MONDAY overlap: 22:00–06:00 from SUNDAY and 00:00–00:00", error.getMessage());
    }

    @Test
    void an_overnight_range_may_end_where_the_next_day_begins_its_hours() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN,
                Map.of(MONDAY, List.of(hours("22:00", "06:00")), TUESDAY, List.of(hours("06:00", "09:00"))),
                List.of());

        assertSingleOpening(calendar, "2026-12-07T21:00:00Z", "2026-12-08T08:00:00Z", Duration.ofHours(11));
    }

    @Test
    void an_empty_range_is_refused_but_midnight_to_midnight_is_the_whole_day() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> hours("09:00", "09:00"));

        assertEquals("opening hours 09:00–09:00 are empty: start and end must differ (00:00–00:00 means the whole day)",
                error.getMessage());
        assertEquals(OpeningHours.WHOLE_DAY, hours("00:00", "00:00"));
        assertTrue(OpeningHours.WHOLE_DAY.endsNextDay());
    }

    @Test
    void opening_hours_need_both_times() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours(LocalTime.of(9, 0), null));

        assertEquals("opening hours need both a start and an end time, were 09:00–null", error.getMessage());
    }

    @Test
    void a_week_without_any_opening_hours_is_refused() {
        Map<DayOfWeek, List<OpeningHours>> nothing = Map.of();
        Map<DayOfWeek, List<OpeningHours>> closedEveryDay = Map.of(MONDAY, List.of(), SATURDAY, List.of());

        for (Map<DayOfWeek, List<OpeningHours>> week : List.of(nothing, closedEveryDay)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> BusinessCalendar.of(BERLIN, week, List.of()));

            assertEquals("a business calendar needs opening hours on at least one day", error.getMessage());
        }
    }

    @Test
    void a_calendar_needs_a_time_zone() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.of(null, weekdays(hours("09:00", "17:00")), List.of()));

        assertEquals("a business calendar needs a time zone", error.getMessage());
    }

    @Test
    void missing_parts_are_refused_with_their_name() {
        Map<DayOfWeek, List<OpeningHours>> nullDay = new HashMap<>(weekdays(hours("09:00", "17:00")));
        nullDay.put(SATURDAY, null);
        List<OpeningHours> withNull = new ArrayList<>();
        withNull.add(null);

        assertEquals("a business calendar needs opening hours on at least one day", assertThrows(
                IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN, null, List.of())).getMessage());
        assertEquals("holidays must not be null; pass an empty list for none", assertThrows(
                IllegalArgumentException.class,
                () -> BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:00")), null)).getMessage());
        assertEquals("opening hours on SATURDAY must not be null", assertThrows(
                IllegalArgumentException.class, () -> BusinessCalendar.of(BERLIN, nullDay, List.of())).getMessage());
        assertEquals("opening hours on FRIDAY must not be null", assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.of(BERLIN, Map.of(FRIDAY, withNull), List.of())).getMessage());
        assertEquals("a holiday needs a date",
                assertThrows(IllegalArgumentException.class, () -> new Holiday(null, true)).getMessage());
    }

    // ---- values --------------------------------------------------------------------------------------------------

    @Test
    void calendars_that_say_the_same_are_equal_however_they_were_written() {
        Holiday christmas = Holiday.yearlyOn(LocalDate.of(2026, 12, 25));
        Holiday newYear = Holiday.on(LocalDate.of(2027, 1, 1));
        BusinessCalendar written = BusinessCalendar.of(BERLIN,
                Map.of(MONDAY, List.of(hours("13:00", "17:00"), hours("08:00", "12:00")), SUNDAY, List.of()),
                List.of(newYear, christmas, newYear));
        BusinessCalendar rewritten = BusinessCalendar.of(ZoneId.of("Europe/Berlin"),
                Map.of(MONDAY, List.of(hours("08:00", "12:00"), hours("13:00", "17:00"))),
                List.of(christmas, newYear));

        assertEquals(written, rewritten);
        assertEquals(written.hashCode(), rewritten.hashCode());
        assertEquals(written, BusinessCalendar.of(written.zone(), written.week(), written.holidays()));
    }

    @Test
    void calendars_differing_in_zone_hours_or_holidays_are_not_equal() {
        Map<DayOfWeek, List<OpeningHours>> nineToFive = weekdays(hours("09:00", "17:00"));

        assertNotEquals(BERLIN_NINE_TO_FIVE, BusinessCalendar.of(NEW_YORK, nineToFive, List.of()));
        assertNotEquals(BERLIN_NINE_TO_FIVE, BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:30")), List.of()));
        assertNotEquals(BERLIN_NINE_TO_FIVE,
                BusinessCalendar.of(BERLIN, nineToFive, List.of(Holiday.on(LocalDate.of(2026, 12, 25)))));
        assertNotEquals(BusinessCalendar.of(BERLIN, nineToFive, List.of(Holiday.on(LocalDate.of(2026, 12, 25)))),
                BusinessCalendar.of(BERLIN, nineToFive, List.of(Holiday.yearlyOn(LocalDate.of(2026, 12, 25)))));
        assertNotEquals(BusinessCalendar.ALWAYS_OPEN, BERLIN_NINE_TO_FIVE);
    }

    @Test
    void the_week_lists_every_day_in_order_with_sorted_ranges_and_cannot_be_changed() {
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN,
                Map.of(TUESDAY, List.of(hours("22:00", "06:00"), hours("13:00", "17:00"), hours("08:00", "12:00"))),
                List.of());
        Map<DayOfWeek, List<OpeningHours>> week = calendar.week();

        assertEquals(List.of(DayOfWeek.values()), List.copyOf(week.keySet()));
        assertEquals(List.of(hours("08:00", "12:00"), hours("13:00", "17:00"), hours("22:00", "06:00")),
                week.get(TUESDAY));
        assertEquals(List.of(), week.get(THURSDAY));
        assertThrows(UnsupportedOperationException.class, () -> week.put(SUNDAY, List.of(OpeningHours.WHOLE_DAY)));
        assertThrows(UnsupportedOperationException.class, () -> week.get(TUESDAY).add(OpeningHours.WHOLE_DAY));
    }

    @Test
    void the_holidays_are_sorted_without_duplicates_and_cannot_be_changed() {
        Holiday later = Holiday.on(LocalDate.of(2027, 1, 1));
        Holiday earlier = Holiday.yearlyOn(LocalDate.of(2026, 12, 25));
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, weekdays(hours("09:00", "17:00")),
                List.of(later, earlier, later));

        assertEquals(List.of(earlier, later), calendar.holidays());
        assertThrows(UnsupportedOperationException.class, () -> calendar.holidays().add(later));
    }

    @Test
    void the_calendar_does_not_follow_later_changes_to_what_it_was_built_from() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        List<OpeningHours> monday = new ArrayList<>(List.of(hours("09:00", "17:00")));
        week.put(MONDAY, monday);
        List<Holiday> holidays = new ArrayList<>();
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN, week, holidays);

        monday.add(hours("18:00", "20:00"));
        week.put(TUESDAY, List.of(hours("09:00", "17:00")));
        holidays.add(Holiday.on(LocalDate.of(2026, 12, 7)));

        assertEquals(List.of(hours("09:00", "17:00")), calendar.week().get(MONDAY));
        assertEquals(List.of(), calendar.week().get(TUESDAY));
        assertEquals(List.of(), calendar.holidays());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Checks a calendar's only opening near the given instants, from both sides. */
    private static void assertSingleOpening(BusinessCalendar calendar, String opens, String closes, Duration length) {
        Instant opening = utc(opens);
        Instant closing = utc(closes);
        Instant anHourBefore = opening.minus(Duration.ofHours(1));

        assertEquals(length, Duration.between(opening, closing), "the test's own instants");
        assertEquals(opening, calendar.nextOpening(anHourBefore));
        assertFalse(calendar.isOpen(opening.minusNanos(1)));
        assertTrue(calendar.isOpen(opening));
        assertTrue(calendar.isOpen(closing.minusNanos(1)));
        assertFalse(calendar.isOpen(closing));
        assertEquals(length, calendar.between(anHourBefore, closing.plus(Duration.ofHours(1))));
        assertEquals(closing, calendar.plus(anHourBefore, length));
    }

    /** Every Monday for a number of weeks, as one-off holidays. */
    private static List<Holiday> everyMondayFrom(LocalDate firstMonday, int weeks) {
        List<Holiday> holidays = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            holidays.add(Holiday.on(firstMonday.plusWeeks(week)));
        }
        return holidays;
    }

    /** Starts every 5 days and 7 hours at odd minutes through 2026, so they hit every weekday and time of day. */
    private static List<Instant> spreadOverTheYear() {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = utc("2026-01-01T00:13:00Z"); start.isBefore(utc("2027-01-01T00:00:00Z"));
                start = start.plus(Duration.ofDays(5).plusHours(7).plusMinutes(23))) {
            starts.add(start);
        }
        return starts;
    }

    private static List<Duration> durations() {
        return List.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofMinutes(1), Duration.ofMinutes(37),
                Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(29).plusMinutes(11), Duration.ofHours(500));
    }

    /** Calendars with breaks, nights, holidays, whole days and daylight-saving folds, in two zones. */
    private static List<BusinessCalendar> varietyOfCalendars() {
        Map<DayOfWeek, List<OpeningHours>> folding = new EnumMap<>(DayOfWeek.class);
        folding.put(SUNDAY, List.of(hours("01:00", "02:30"), hours("03:15", "05:00")));
        folding.put(THURSDAY, List.of(hours("09:00", "17:00")));
        Map<DayOfWeek, List<OpeningHours>> nightsAndSaturday = new EnumMap<>(weekdays(hours("22:00", "06:00")));
        nightsAndSaturday.put(SATURDAY, List.of(hours("10:00", "14:00")));
        nightsAndSaturday.put(SUNDAY, List.of(hours("18:00", "00:00")));
        Map<DayOfWeek, List<OpeningHours>> weekendsWhole = new EnumMap<>(DayOfWeek.class);
        weekendsWhole.put(SATURDAY, List.of(OpeningHours.WHOLE_DAY));
        weekendsWhole.put(SUNDAY, List.of(OpeningHours.WHOLE_DAY));
        weekendsWhole.put(MONDAY, List.of(hours("00:00", "06:00")));
        List<Holiday> holidays = List.of(Holiday.yearlyOn(LocalDate.of(2020, 12, 25)),
                Holiday.on(LocalDate.of(2026, 5, 14)), Holiday.on(LocalDate.of(2026, 3, 7)),
                Holiday.on(LocalDate.of(2026, 10, 31)));
        return List.of(
                BERLIN_NINE_TO_FIVE,
                BusinessCalendar.of(BERLIN, BERLIN_WITH_LUNCH_BREAK.week(), holidays),
                BusinessCalendar.of(BERLIN, folding, holidays),
                BusinessCalendar.of(NEW_YORK, nightsAndSaturday, holidays),
                BusinessCalendar.of(NEW_YORK, weekendsWhole, holidays),
                BusinessCalendar.ALWAYS_OPEN);
    }

    private static OpeningHours hours(String from, String to) {
        return new OpeningHours(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Map<DayOfWeek, List<OpeningHours>> weekdays(OpeningHours... ranges) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            week.put(day, List.of(ranges));
        }
        return week;
    }

    private static Map<DayOfWeek, List<OpeningHours>> everyDay(OpeningHours... ranges) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(ranges));
        }
        return week;
    }

    private static Instant utc(String text) {
        return Instant.parse(text);
    }
}
