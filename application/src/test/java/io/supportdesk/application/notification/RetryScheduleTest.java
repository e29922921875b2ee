package io.supportdesk.application.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryScheduleTest {

    @Test
    void the_standard_schedule_backs_off_from_a_minute_to_twelve_hours_then_gives_up() {
        RetrySchedule schedule = RetrySchedule.standard();

        assertEquals(List.of(Optional.of(Duration.ofMinutes(1)), Optional.of(Duration.ofMinutes(5)),
                        Optional.of(Duration.ofMinutes(30)), Optional.of(Duration.ofHours(2)),
                        Optional.of(Duration.ofHours(12)), Optional.<Duration>empty()),
                List.of(1, 2, 3, 4, 5, 6).stream().map(schedule::delayAfter).toList());
        assertEquals(6, schedule.maxAttempts());
    }

    @Test
    void delays_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of(Duration.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.standard().delayAfter(0));
    }
}
