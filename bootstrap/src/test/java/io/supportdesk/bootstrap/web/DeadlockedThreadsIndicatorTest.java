package io.supportdesk.bootstrap.web;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlockedThreadsIndicatorTest {

    @Test
    void liveness_is_up_without_a_deadlock_and_down_with_one() throws InterruptedException {
        assertEquals(HealthStatus.UP, status(new DeadlockedThreadsIndicator()));

        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHeld = new CountDownLatch(2);
        Thread one = new Thread(() -> crossLock(first, second, bothHeld), "deadlock-one");
        Thread two = new Thread(() -> crossLock(second, first, bothHeld), "deadlock-two");
        one.setDaemon(true);
        two.setDaemon(true);
        one.start();
        two.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ManagementFactory.getThreadMXBean().findDeadlockedThreads() == null) {
                assertTrue(System.nanoTime() < deadline, "the two threads never deadlocked");
                Thread.onSpinWait();
            }

            assertEquals(HealthStatus.DOWN, status(new DeadlockedThreadsIndicator()));
        } finally {
            one.interrupt();
            two.interrupt();
            one.join(TimeUnit.SECONDS.toMillis(30));
            two.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private static void crossLock(ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHeld) {
        mine.lock();
        try {
            bothHeld.countDown();
            bothHeld.await();
            theirs.lockInterruptibly();
            theirs.unlock();
        } catch (InterruptedException released) {
            // The test is over: give up the lock held.
        } finally {
            mine.unlock();
        }
    }

    private static HealthStatus status(DeadlockedThreadsIndicator indicator) {
        HealthResult result = Mono.from(indicator.getResult()).block();
        return result.getStatus();
    }
}
