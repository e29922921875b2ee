package io.supportdesk.bootstrap.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import io.supportdesk.adapter.mail.SmtpSettings;
import io.supportdesk.adapter.persistence.conversation.PgNotifyListener;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.bootstrap.notification.RecentOutboxBacklog;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * What an operator asks {@code /health} about beyond the database (the details only administrators see:
 * AdminOnlyHealthDetails): the outbox's backlog, the chat's LISTEN connection and the mail transport. Only a lost
 * LISTEN connection makes the service DOWN — without it chat messages stop crossing instances; a backlog or an
 * unreachable mail server is reported as UP with the facts, since the outbox keeps every email until it can be sent
 * and the desk works meanwhile. Each answers from memory for a few seconds: probes come often.
 *
 * <p>Micronaut asks every indicator on the event loop that serves the probe; one that reads the database or opens a
 * socket there would hold up every request of that event loop for as long as it waits — up to the database bounds
 * when the database has gone silent (issue 18, fault 3). So the outbox and mail checks run on the blocking executor.
 */
@Factory
class OperationsHealthIndicators {

    static final Duration RECHECK = Duration.ofSeconds(5);

    @Singleton
    @Named("outbox")
    HealthIndicator outbox(RecentOutboxBacklog outbox, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        return () -> new AsyncSingleResultPublisher<>(blocking, () -> {
            HealthResult result;
            try {
                OutboxStore.Backlog backlog = outbox.current();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("pending", backlog.pending());
                details.put("dead", backlog.dead());
                outbox.oldestPendingAgeSeconds().ifPresent(age -> details.put("oldest_pending_age_seconds", age));
                result = HealthResult.builder("outbox", HealthStatus.UP).details(details).build();
            } catch (RuntimeException e) {
                result = HealthResult.builder("outbox", HealthStatus.DOWN).exception(e).build();
            }
            return result;
        });
    }

    @Singleton
    @Named("chatListener")
    HealthIndicator chatListener(PgNotifyListener listener) {
        // Not remembered: reading a flag costs nothing, and a reconnect should show at once.
        return () -> Publishers.just(HealthResult.builder("chatListener",
                        listener.listening() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("listening", listener.listening())).build());
    }

    @Singleton
    @Named("mail")
    HealthIndicator mail(SmtpSettings smtp, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        if (smtp.host() == null || smtp.host().isBlank()) {
            return () -> Publishers.just(HealthResult.builder("mail", HealthStatus.UP)
                    .details(Map.of("transport", "log")).build());
        }
        String host = smtp.host().strip();
        int port = smtp.effectivePort();
        return new Remembered(() -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("transport", "smtp");
            details.put("host", host);
            details.put("port", port);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) Duration.ofSeconds(2).toMillis());
                details.put("reachable", true);
            } catch (IOException e) {
                details.put("reachable", false);
                details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return HealthResult.builder("mail", HealthStatus.UP).details(details).build();
        }, "mail", blocking);
    }

    /**
     * An indicator that computes at most once per {@link #RECHECK}, on the blocking executor, and answers from
     * memory in between.
     */
    private static final class Remembered implements HealthIndicator {

        private final Supplier<HealthResult> check;
        private final String name;
        private final ExecutorService blocking;
        private volatile long checkedAt;
        private volatile HealthResult last;

        Remembered(Supplier<HealthResult> check, String name, ExecutorService blocking) {
            this.check = check;
            this.name = name;
            this.blocking = blocking;
        }

        @Override
        public Publisher<HealthResult> getResult() {
            HealthResult result = last;
            if (result != null && System.nanoTime() - checkedAt < RECHECK.toNanos()) {
                return Publishers.just(result);
            }
            return new AsyncSingleResultPublisher<>(blocking, () -> {
                long now = System.nanoTime();
                HealthResult checked;
                try {
                    checked = check.get();
                } catch (RuntimeException e) {
                    checked = HealthResult.builder(name, HealthStatus.DOWN).exception(e).build();
                }
                last = checked;
                checkedAt = now;
                return checked;
            });
        }
    }
}
