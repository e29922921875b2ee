package io.supportdesk.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a report covers: {@code from} to {@code to}, both included, as local dates of {@code zone}, which decides
 * where each day begins (a report for Berlin counts a ticket opened at 23:30 UTC on the next day). At most
 * {@link #MAX_DAYS} days, so that no request can ask the database for decades of rows.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** About ten years: enough for any monthly trend, bounded for the database. */
    public static final int MAX_DAYS = 3_660;
    /** The days a report covers when the caller names none: the last 30, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** Rows of one report over time at most (366 daily rows, or 10 years of weeks or months). */
    public static final int MAX_BUCKETS = 600;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new ReportRuleViolation("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new ReportRuleViolation("from", "a report covers at most " + MAX_DAYS + " days");
        }
    }

    /**
     * The period named by the caller, each end defaulting to the last {@link #DEFAULT_DAYS} days up to today in
     * {@code zone}: only {@code from} given runs to today, only {@code to} given starts 29 days before it.
     */
    public static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone, Clock clock) {
        LocalDate end = to != null ? to : LocalDate.ofInstant(clock.instant(), zone);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        return new ReportPeriod(start, end, zone);
    }

    /** The last {@code days} days up to today in {@code zone}, today included. */
    public static ReportPeriod lastDays(int days, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new ReportPeriod(today.minusDays(days - 1L), today, zone);
    }

    /** The first instant of {@code from} in the zone. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to}: the period's end, excluded. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The period cut at the interval's boundaries (weeks from Monday, months from the 1st); the first and last rows
     * are clipped to the period, so their labels are the period's own first day and their sums cover only it.
     */
    public List<ReportBucket> buckets(ReportInterval interval) {
        Objects.requireNonNull(interval, "interval");
        List<ReportBucket> buckets = new ArrayList<>();
        LocalDate start = from;
        LocalDate after = to.plusDays(1);
        while (start.isBefore(after)) {
            LocalDate next = interval.next(interval.startOf(start));
            LocalDate end = next.isBefore(after) ? next : after;
            buckets.add(new ReportBucket(start, start.atStartOfDay(zone).toInstant(),
                    end.atStartOfDay(zone).toInstant()));
            if (buckets.size() > MAX_BUCKETS) {
                throw new ReportRuleViolation("interval", "the period has more than " + MAX_BUCKETS + " "
                        + interval.code() + "s: choose a longer interval or a shorter period");
            }
            start = end;
        }
        return buckets;
    }
}
