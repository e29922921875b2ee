package io.supportdesk.bootstrap.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;

/**
 * Liveness: no threads deadlocked. Micronaut's own indicator (switched off in application.yml) asks the JVM on every
 * probe, on another thread, and asking stops every thread at a safepoint; probed a few thousand times a second
 * behind a busy load balancer that was most of what {@code /health/liveness} cost. This one asks at most once per
 * {@link #RECHECK} and answers from memory in between, on the calling thread. A deadlock never resolves itself, so
 * a few seconds' delay in seeing one changes nothing for the orchestrator that restarts the process.
 */
@Singleton
@Liveness
final class DeadlockedThreadsIndicator implements HealthIndicator {

    static final Duration RECHECK = Duration.ofSeconds(5);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile Checked last;

    private record Checked(long atNanos, HealthResult result) {
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Checked checked = last;
        long now = System.nanoTime();
        if (checked == null || now - checked.atNanos() >= RECHECK.toNanos()) {
            checked = new Checked(now, check());
            last = checked;
        }
        return Publishers.just(checked.result());
    }

    private HealthResult check() {
        long[] deadlocked = threads.findDeadlockedThreads();
        return deadlocked == null ? HealthResult.builder("deadlockedThreads", HealthStatus.UP).build()
                : HealthResult.builder("deadlockedThreads", HealthStatus.DOWN)
                        .details(Map.of("threads", deadlocked.length)).build();
    }
}
