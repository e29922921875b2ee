package io.supportdesk.domain.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a report period is cut into rows: calendar days, ISO weeks (from Monday) or calendar months. */
public enum ReportInterval {
    DAY,
    WEEK,
    MONTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportInterval fromCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown interval '" + code + "'; allowed: "
                        + Arrays.stream(values()).map(ReportInterval::code).collect(Collectors.joining(", "))));
    }

    /** The first day of the interval {@code day} falls in. */
    LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
