package io.supportdesk.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Duration TEN_HOURS = Duration.ofHours(10);

    private final SlaClock clock = SlaClock.start(T0, TEN_HOURS);

    private static Instant at(Duration sinceStart) {
        return T0.plus(sinceStart);
    }

    @Test
    void a_started_clock_is_due_after_its_target() {
        assertEquals(at(TEN_HOURS), clock.dueAt());
        assertEquals(Duration.ofHours(7), clock.remaining(at(Duration.ofHours(3))));
        assertEquals(SlaState.OK, clock.state(at(Duration.ofHours(3))));
    }

    @Test
    void clock_is_at_risk_with_twenty_percent_or_less_left() {
        assertEquals(SlaState.OK, clock.state(at(Duration.ofHours(8)).minusSeconds(1)));
        assertEquals(SlaState.AT_RISK, clock.state(at(Duration.ofHours(8))));
        assertEquals(SlaState.AT_RISK, clock.state(at(TEN_HOURS)));
    }

    @Test
    void clock_is_breached_once_past_due() {
        assertEquals(SlaState.BREACHED, clock.state(at(TEN_HOURS).plusNanos(1)));
        assertEquals(Duration.ofHours(-2), clock.remaining(at(Duration.ofHours(12))));
    }

    @Test
    void pausing_and_resuming_shifts_the_due_time_by_the_pause() {
        SlaClock resumed = clock.pause(at(Duration.ofHours(2))).resume(at(Duration.ofHours(5)));

        assertEquals(Duration.ofHours(3), resumed.pausedTotal());
        assertEquals(at(Duration.ofHours(13)), resumed.dueAt());
        assertEquals(SlaState.OK, resumed.state(at(Duration.ofHours(10))));
    }

    @Test
    void while_paused_the_due_time_moves_and_the_remaining_time_stands_still() {
        SlaClock paused = clock.pause(at(Duration.ofHours(2)));

        assertEquals(SlaState.PAUSED, paused.state(at(Duration.ofHours(30))));
        assertEquals(Duration.ofHours(8), paused.remaining(at(Duration.ofHours(4))));
        assertEquals(Duration.ofHours(8), paused.remaining(at(Duration.ofHours(30))));
        assertEquals(at(Duration.ofHours(12)), paused.dueAt(at(Duration.ofHours(4))));
        assertEquals(at(Duration.ofHours(38)), paused.dueAt(at(Duration.ofHours(30))));
        assertEquals(at(TEN_HOURS), paused.dueAt(), "completed pauses only");
    }

    @Test
    void stopping_before_due_is_met_and_after_due_is_breached() {
        assertEquals(SlaState.MET, clock.stop(at(Duration.ofHours(9))).state(at(Duration.ofDays(3))));
        assertEquals(SlaState.MET, clock.stop(at(TEN_HOURS)).state(at(Duration.ofDays(3))));
        assertEquals(SlaState.BREACHED, clock.stop(at(TEN_HOURS).plusSeconds(1)).state(at(Duration.ofDays(3))));
        assertEquals(Duration.ofHours(1), clock.stop(at(Duration.ofHours(9))).remaining(at(Duration.ofDays(3))));
    }

    @Test
    void stopping_a_paused_clock_counts_the_pause() {
        SlaClock stopped = clock.pause(at(Duration.ofHours(9))).stop(at(Duration.ofHours(20)));

        assertEquals(Duration.ofHours(11), stopped.pausedTotal());
        assertEquals(SlaState.MET, stopped.state(at(Duration.ofHours(30))));
    }

    @Test
    void restarting_starts_over_with_the_same_target() {
        SlaClock restarted = clock.pause(at(Duration.ofHours(1))).stop(at(Duration.ofHours(2)))
                .restart(at(Duration.ofDays(1)));

        assertEquals(SlaClock.start(at(Duration.ofDays(1)), TEN_HOURS), restarted);
    }

    @Test
    void retargeting_keeps_the_start_and_the_pauses() {
        SlaClock retargeted = clock.pause(at(Duration.ofHours(1))).resume(at(Duration.ofHours(2)))
                .retarget(Duration.ofHours(4));

        assertEquals(at(Duration.ofHours(5)), retargeted.dueAt());
    }

    @Test
    void transitions_that_do_not_apply_leave_the_clock_as_it_is() {
        SlaClock paused = clock.pause(at(Duration.ofHours(1)));
        SlaClock stopped = clock.stop(at(Duration.ofHours(1)));

        assertSame(paused, paused.pause(at(Duration.ofHours(2))));
        assertSame(clock, clock.resume(at(Duration.ofHours(2))));
        assertSame(stopped, stopped.stop(at(Duration.ofHours(2))));
        assertSame(stopped, stopped.pause(at(Duration.ofHours(2))));
    }

    @Test
    void clock_state_must_be_consistent() {
        assertThrows(IllegalArgumentException.class, () -> SlaClock.start(T0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new SlaClock(T0, TEN_HOURS, Duration.ofHours(-1), null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SlaClock(T0, TEN_HOURS, Duration.ZERO, at(Duration.ofHours(1)), at(Duration.ofHours(2))));
        assertThrows(IllegalArgumentException.class, () -> clock.stop(T0.minusSeconds(1)));
    }

    @Test
    void status_reads_out_one_clock_at_one_instant() {
        SlaStatus status = SlaStatus.of(SlaClockKind.RESOLUTION, clock, at(Duration.ofHours(9)));

        assertEquals(new SlaStatus(SlaClockKind.RESOLUTION, at(TEN_HOURS), Duration.ofHours(1), SlaState.AT_RISK),
                status);
        assertEquals("at_risk", status.state().code());
    }
}
