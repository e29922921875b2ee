package io.supportdesk.domain.report;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void byDefaultTheLastThirtyDaysUpToTodayInTheZone() {
        // 23:30 UTC on 4 December is already 5 December in Berlin.
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T23:30:00Z"), ZoneOffset.UTC);
        ReportPeriod period = ReportPeriod.of(null, null, BERLIN, clock);
        assertEquals(LocalDate.parse("2026-11-06"), period.from());
        assertEquals(LocalDate.parse("2026-12-05"), period.to());
        assertEquals(30, period.buckets(ReportInterval.DAY).size());
        assertEquals(Instant.parse("2026-11-05T23:00:00Z"), period.start());
        assertEquals(Instant.parse("2026-12-05T23:00:00Z"), period.end());
    }

    @Test
    void onlyFromRunsToTodayAndOnlyToStartsThirtyDaysBefore() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.parse("2026-12-04"),
                ReportPeriod.of(LocalDate.parse("2026-12-01"), null, BERLIN, clock).to());
        assertEquals(LocalDate.parse("2026-10-02"),
                ReportPeriod.of(null, LocalDate.parse("2026-10-31"), BERLIN, clock).from());
    }

    @Test
    void daysAreLocalDaysSoTheyMayLast23Or25Hours() {
        ReportPeriod spring = new ReportPeriod(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-30"), BERLIN);
        List<Duration> lengths = spring.buckets(ReportInterval.DAY).stream()
                .map(b -> Duration.between(b.start(), b.end())).toList();
        assertEquals(List.of(Duration.ofHours(24), Duration.ofHours(23), Duration.ofHours(24)), lengths);
        ReportPeriod autumn = new ReportPeriod(LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"), BERLIN);
        assertEquals(Duration.ofHours(25), Duration.between(autumn.start(), autumn.end()));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirstClippedToThePeriod() {
        ReportPeriod period = new ReportPeriod(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-12-04"), BERLIN);
        assertEquals(List.of("2026-11-05", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"),
                period.buckets(ReportInterval.WEEK).stream().map(b -> b.label().toString()).toList());
        List<ReportBucket> months = period.buckets(ReportInterval.MONTH);
        assertEquals(List.of("2026-11-05", "2026-12-01"), months.stream().map(b -> b.label().toString()).toList());
        assertEquals(period.end(), months.get(1).end(), "the last row ends with the period");
        assertEquals(months.get(0).end(), months.get(1).start(), "rows follow each other without gap");
    }

    @Test
    void refusesPeriodsThatMakeNoReport() {
        ReportRuleViolation backwards = assertThrows(ReportRuleViolation.class, () -> new ReportPeriod(
                LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-01"), BERLIN));
        assertEquals("to", backwards.parameter());
        assertThrows(ReportRuleViolation.class, () -> new ReportPeriod(LocalDate.parse("2000-01-01"),
                LocalDate.parse("2026-12-01"), BERLIN));
        ReportPeriod twoYears = new ReportPeriod(LocalDate.parse("2024-12-01"), LocalDate.parse("2026-12-01"), BERLIN);
        ReportRuleViolation tooManyDays = assertThrows(ReportRuleViolation.class,
                () -> twoYears.buckets(ReportInterval.DAY));
        assertEquals("interval", tooManyDays.parameter());
        assertEquals(25, twoYears.buckets(ReportInterval.MONTH).size());
    }

    @Test
    void groupingsAreNamedByCodeAndLimitedToWhatTheReportOffers() {
        assertEquals(ReportGrouping.TEAM, ReportGrouping.fromCode(" Team ", ReportGrouping.SLA));
        ReportRuleViolation channel = assertThrows(ReportRuleViolation.class,
                () -> ReportGrouping.fromCode("channel", ReportGrouping.SLA));
        assertEquals("group_by", channel.parameter());
        assertEquals(EnumSet.allOf(ReportGrouping.class), ReportGrouping.VOLUME);
        assertThrows(IllegalArgumentException.class, () -> ReportInterval.fromCode("hour"));
    }
}
