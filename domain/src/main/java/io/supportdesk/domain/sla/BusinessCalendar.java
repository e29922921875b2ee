package io.supportdesk.domain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * When a support team is open. SLA clocks count only open ("business") time in it.
 *
 * <p>Opening hours are wall-clock times in the calendar's zone. Each range is turned into real instants with
 * {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)}: a time inside a spring-forward gap moves forward by the
 * length of the gap, an ambiguous fall-back time takes the earlier offset. Open time is the real time elapsed between
 * those instants, so a whole day is 23 or 25 hours long on the days the clocks change. Where that resolution makes
 * ranges overlap in real time, the overlap counts once; where it makes a range end before it starts, the range counts
 * nothing that day.
 *
 * <p>Immutable, with value semantics. {@link #week()} always lists all seven days (closed days with an empty list),
 * so two calendars that say the same thing are equal however they were written down.
 */
public final class BusinessCalendar {

    // A literal, so it is set before ALWAYS_OPEN below is built through the validating factory.
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    /** 24×7: every instant is business time; plus() is plain addition, between() plain Duration.between. */
    public static final BusinessCalendar ALWAYS_OPEN = alwaysOpen();

    /**
     * How far the day walk looks for an opening before it gives up. Every calendar has opening hours on some weekday,
     * so only holidays can close it for this long; three years of that is a data error, not a quiet team.
     */
    static final int MAX_DAYS_WITHOUT_OPENING = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningHours>> week;
    private final List<Holiday> holidays;
    // Derived from the week and the holidays, so it takes no part in equals/hashCode.
    private final boolean alwaysOpen;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week, List<Holiday> holidays) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.alwaysOpen = holidays.isEmpty()
                && week.values().stream().allMatch(day -> day.equals(List.of(OpeningHours.WHOLE_DAY)));
    }

    /**
     * zone: the calendar's time zone; week: opening hours per day (days absent or with an empty list are closed);
     * holidays: closed days. Rejects: a week with no opening hours at all, overlapping ranges on one day (after taking
     * overnight ranges into account on the next day too), zero-length ranges.
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week, List<Holiday> holidays) {
        if (zone == null) {
            throw new IllegalArgumentException("a business calendar needs a time zone");
        }
        if (week == null) {
            throw new IllegalArgumentException("a business calendar needs opening hours on at least one day");
        }
        if (holidays == null) {
            throw new IllegalArgumentException("holidays must not be null; pass an empty list for none");
        }
        Map<DayOfWeek, List<OpeningHours>> normalizedWeek = normalizeWeek(week);
        if (normalizedWeek.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a business calendar needs opening hours on at least one day");
        }
        rejectOverlaps(normalizedWeek);
        return new BusinessCalendar(zone, normalizedWeek, normalizeHolidays(holidays));
    }

    private static BusinessCalendar alwaysOpen() {
        Map<DayOfWeek, List<OpeningHours>> everyDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, List.of(OpeningHours.WHOLE_DAY));
        }
        return of(ZoneOffset.UTC, everyDay, List.of());
    }

    private static Map<DayOfWeek, List<OpeningHours>> normalizeWeek(Map<DayOfWeek, List<OpeningHours>> week) {
        if (week.keySet().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("opening hours must name their day of the week");
        }
        Map<DayOfWeek, List<OpeningHours>> normalized = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours> ranges = week.getOrDefault(day, List.of());
            if (ranges == null || ranges.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("opening hours on " + day + " must not be null");
            }
            List<OpeningHours> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparing(OpeningHours::from).thenComparing(OpeningHours::to));
            normalized.put(day, List.copyOf(sorted));
        }
        return Collections.unmodifiableMap(normalized);
    }

    private static List<Holiday> normalizeHolidays(List<Holiday> holidays) {
        if (holidays.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("holidays must not contain null");
        }
        return holidays.stream()
                .distinct()
                .sorted(Comparator.comparing(Holiday::date).thenComparing(Holiday::yearly))
                .toList();
    }

    /**
     * Checks each day against its own ranges and against whatever the previous day's overnight ranges carry into it,
     * compared as wall-clock times: what the team wrote down must make sense before any daylight-saving shift.
     */
    private static void rejectOverlaps(Map<DayOfWeek, List<OpeningHours>> week) {
        for (DayOfWeek day : DayOfWeek.values()) {
            DayOfWeek previous = day.minus(1);
            List<LocalRange> ranges = new ArrayList<>();
            for (OpeningHours hours : week.get(previous)) {
                if (hours.endNanosAfterDayStart() > NANOS_PER_DAY) {
                    ranges.add(new LocalRange(0, hours.endNanosAfterDayStart() - NANOS_PER_DAY,
                            hours + " from " + previous));
                }
            }
            for (OpeningHours hours : week.get(day)) {
                ranges.add(new LocalRange(hours.from().toNanoOfDay(), hours.endNanosAfterDayStart(),
                        hours.toString()));
            }
            ranges.sort(Comparator.comparingLong(LocalRange::start));
            for (int i = 1; i < ranges.size(); i++) {
                LocalRange earlier = ranges.get(i - 1);
                LocalRange later = ranges.get(i);
                if (later.start() < earlier.end()) {
                    throw new IllegalArgumentException(
                            "opening hours on " + day + " overlap: " + earlier.label() + " and " + later.label());
                }
            }
        }
    }

    private record LocalRange(long start, long end, String label) {
    }

    public ZoneId zone() {
        return zone;
    }

    /** Unmodifiable; all seven days in order, closed days with an empty list, each day's list sorted by from. */
    public Map<DayOfWeek, List<OpeningHours>> week() {
        return week;
    }

    /** Unmodifiable, without duplicates, sorted by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** True for every calendar that is open around the clock, not only for {@link #ALWAYS_OPEN}. */
    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    /**
     * The instant at which {@code businessTime} of open time has passed, counting from {@code start}. A start outside
     * opening hours counts from the next opening. {@code plus(start, Duration.ZERO) == start}. When the time runs out
     * exactly at a closing, the answer is that closing, not the next opening.
     *
     * @throws IllegalArgumentException when businessTime is negative
     * @throws IllegalStateException when holidays leave the calendar closed for more than three years
     */
    public Instant plus(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative, was " + businessTime);
        }
        if (businessTime.isZero() || alwaysOpen) {
            return start.plus(businessTime);
        }
        OpenTime openTime = new OpenTime(start, null);
        Duration remaining = businessTime;
        while (true) {
            Interval open = openTime.next();
            Duration length = Duration.between(open.start(), open.end());
            if (remaining.compareTo(length) <= 0) {
                return open.start().plus(remaining);
            }
            remaining = remaining.minus(length);
        }
    }

    /** Open time within [from, to); the negation of between(to, from) when to is before from. */
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        OpenTime openTime = new OpenTime(from, to);
        Duration total = Duration.ZERO;
        for (Interval open = openTime.next(); open != null; open = openTime.next()) {
            Instant end = open.end().isBefore(to) ? open.end() : to;
            total = total.plus(Duration.between(open.start(), end));
        }
        return total;
    }

    public boolean isOpen(Instant at) {
        Objects.requireNonNull(at, "at");
        // Any open piece starting no later than `at` is clipped to start at `at`, so finding one means `at` is open.
        return alwaysOpen || new OpenTime(at, at.plusNanos(1)).next() != null;
    }

    /**
     * {@code at} itself when open, else the start of the next opening.
     *
     * @throws IllegalStateException when holidays leave the calendar closed for more than three years
     */
    public Instant nextOpening(Instant at) {
        Objects.requireNonNull(at, "at");
        return alwaysOpen ? at : new OpenTime(at, null).next().start();
    }

    private boolean isHoliday(LocalDate day) {
        return holidays.stream().anyMatch(holiday -> holiday.matches(day));
    }

    private record Interval(Instant start, Instant end) {
    }

    /**
     * Walks the calendar day by day from an instant and hands out its open time as disjoint pieces in chronological
     * order. Each day's ranges are resolved to instants on their own, so after a daylight-saving shift two ranges may
     * overlap in real time or come out of order; pieces are therefore released only once no later day can produce an
     * earlier one, and clipped against everything already handed out.
     */
    private final class OpenTime {

        private final PriorityQueue<Interval> pending = new PriorityQueue<>(Comparator.comparing(Interval::start));
        private final Instant limit;
        private LocalDate nextDay;
        // Days still to be walked start at or after this instant, and so do all their ranges.
        private Instant walkedUntil;
        // Open time before this instant has been handed out or lies before the walk's start.
        private Instant coveredUntil;

        /** limit: stop at the first piece starting at or after it; null to walk on (within the closed-days guard). */
        OpenTime(Instant from, Instant limit) {
            this.limit = limit;
            this.coveredUntil = from;
            // Two days back: overnight ranges reach into the next day, and a daylight-saving shift can stretch them.
            this.nextDay = from.atZone(zone).toLocalDate().minusDays(2);
            this.walkedUntil = nextDay.atStartOfDay(zone).toInstant();
        }

        /** The next piece of open time, or null once the limit is reached. */
        Interval next() {
            int daysWithoutOpening = 0;
            while (true) {
                while (!pending.isEmpty() && pending.peek().start().isBefore(walkedUntil)) {
                    Interval candidate = pending.poll();
                    Instant start = later(candidate.start(), coveredUntil);
                    if (limit != null && !start.isBefore(limit)) {
                        return null;
                    }
                    if (candidate.end().isAfter(start)) {
                        coveredUntil = candidate.end();
                        return new Interval(start, candidate.end());
                    }
                }
                if (limit != null && !walkedUntil.isBefore(limit)) {
                    return null;
                }
                if (limit == null && ++daysWithoutOpening > MAX_DAYS_WITHOUT_OPENING) {
                    throw new IllegalStateException("business calendar finds no opening in the "
                            + MAX_DAYS_WITHOUT_OPENING + " days after " + coveredUntil.atZone(zone).toLocalDate()
                            + " (" + zone + "): holidays cover every day with opening hours");
                }
                walk(nextDay);
                nextDay = nextDay.plusDays(1);
                walkedUntil = nextDay.atStartOfDay(zone).toInstant();
            }
        }

        private void walk(LocalDate day) {
            if (isHoliday(day)) {
                return;
            }
            for (OpeningHours hours : week.get(day.getDayOfWeek())) {
                Instant start = ZonedDateTime.of(day, hours.from(), zone).toInstant();
                LocalDate endDay = hours.endsNextDay() ? day.plusDays(1) : day;
                // May end before it starts when a gap folds it backwards; next() skips such ranges like covered ones.
                pending.add(new Interval(start, ZonedDateTime.of(endDay, hours.to(), zone).toInstant()));
            }
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BusinessCalendar that
                && zone.equals(that.zone) && week.equals(that.week) && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[zone=" + zone + ", week=" + week + ", holidays=" + holidays + "]";
    }

    /**
     * A range of opening hours on one day, in the calendar's zone. {@code to} after {@code from} is a same-day range;
     * to == 00:00 means until midnight (end of that day); {@code to} before {@code from} is an overnight range that
     * ends on the next day at {@code to} (it belongs to the day it starts on: a holiday on that day cancels all of it).
     * from == to is rejected (except 00:00–00:00, which means the whole day).
     */
    public record OpeningHours(LocalTime from, LocalTime to) {

        /** 00:00–00:00: from midnight to the next midnight. */
        public static final OpeningHours WHOLE_DAY = new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        public OpeningHours {
            if (from == null || to == null) {
                throw new IllegalArgumentException("opening hours need both a start and an end time, were "
                        + from + "–" + to);
            }
            if (from.equals(to) && !from.equals(LocalTime.MIDNIGHT)) {
                throw new IllegalArgumentException("opening hours " + from + "–" + to
                        + " are empty: start and end must differ (00:00–00:00 means the whole day)");
            }
        }

        /** Whether the range closes on the following day: overnight ranges, ranges until midnight, the whole day. */
        public boolean endsNextDay() {
            return !to.isAfter(from);
        }

        /** The wall-clock end counted from the start of the range's own day, so past one day for an overnight end. */
        long endNanosAfterDayStart() {
            return to.toNanoOfDay() + (endsNextDay() ? NANOS_PER_DAY : 0);
        }

        @Override
        public String toString() {
            return from + "–" + to;
        }
    }

    /** A closed day; yearly = the same month and day every year (Feb 29 yearly only matches leap years). */
    public record Holiday(LocalDate date, boolean yearly) {

        public Holiday {
            if (date == null) {
                throw new IllegalArgumentException("a holiday needs a date");
            }
        }

        public static Holiday on(LocalDate date) {
            return new Holiday(date, false);
        }

        public static Holiday yearlyOn(LocalDate date) {
            return new Holiday(date, true);
        }

        /** Yearly holidays match in every year, also those before {@link #date()}'s year. */
        public boolean matches(LocalDate day) {
            Objects.requireNonNull(day, "day");
            return yearly
                    ? day.getMonth() == date.getMonth() && day.getDayOfMonth() == date.getDayOfMonth()
                    : day.equals(date);
        }
    }
}
