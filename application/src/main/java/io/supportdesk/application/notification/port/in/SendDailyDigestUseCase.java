package io.supportdesk.application.notification.port.in;

/**
 * Queues today's digest for every agent with open tickets, once the configured hour has come in the configured
 * time zone. Meant to be called often (every few minutes, from every instance): before the hour it does nothing,
 * and each agent's digest for a day has one Message-ID, so the outbox keeps it once however often it is queued —
 * which also catches up after the application was down at the hour.
 */
public interface SendDailyDigestUseCase {

    DigestReport sendDue();
}
