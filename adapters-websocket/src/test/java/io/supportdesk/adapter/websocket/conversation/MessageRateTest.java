package io.supportdesk.adapter.websocket.conversation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRateTest {

    private final AtomicLong now = new AtomicLong();
    private final MessageRate rate = new MessageRate(20, Duration.ofSeconds(10), now::get);

    @Test
    void twenty_messages_fit_in_ten_seconds_and_the_twenty_first_waits_for_the_oldest_to_age_out() {
        for (int i = 0; i < 20; i++) {
            assertTrue(rate.tryAcquire(), "message " + (i + 1));
            now.addAndGet(Duration.ofMillis(100).toNanos());
        }
        assertFalse(rate.tryAcquire());

        now.set(Duration.ofSeconds(10).toNanos() - 1);
        assertFalse(rate.tryAcquire(), "the first message is still inside the window");
        now.set(Duration.ofSeconds(10).toNanos());
        assertTrue(rate.tryAcquire());
        assertFalse(rate.tryAcquire());
    }

    @Test
    void refused_messages_do_not_count() {
        for (int i = 0; i < 20; i++) {
            rate.tryAcquire();
        }
        for (int i = 0; i < 100; i++) {
            assertFalse(rate.tryAcquire());
        }
        now.set(Duration.ofSeconds(10).toNanos());
        assertTrue(rate.tryAcquire());
    }
}
