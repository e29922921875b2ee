package io.supportdesk.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.supportdesk.adapter.websocket.conversation.OpenChatSockets;
import io.supportdesk.application.identity.port.in.LogInResult;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.webhook.port.in.WebhookDispatchReport;
import io.supportdesk.bootstrap.notification.RecentOutboxBacklog;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The desk's own meters, beside the JVM's, the HTTP server's (by route template) and the connection pool's that
 * Micronaut registers: tickets opened (by priority and by the channel they came in through; "created" is a suffix
 * Prometheus reserves; imported tickets were opened elsewhere and are not counted) and resolved,
 * comments (public or internal) and of them the chat's messages, SLA breaches (by clock), sign-in failures and lockouts, failed email sends
 * (retried or given up), failed webhook deliveries (likewise) and webhooks turned off, open chat sockets, and the outbox's backlog (RecentOutboxBacklog, shared with health).
 * Every label is a fixed, small set of values from the domain's enums: never a user, an address, a ticket id or
 * free text. Events are counted when their change commits, so a rolled-back change counts nothing.
 */
@Singleton
public class BusinessMeters {

    private final TransactionOperations<Connection> transactions;
    private final Map<Priority, Map<TicketChannel, Counter>> created = new EnumMap<>(Priority.class);
    private final Counter resolved;
    private final Counter publicComments;
    private final Counter internalNotes;
    private final Counter chatMessages;
    private final Map<SlaClockKind, Counter> breaches = new EnumMap<>(SlaClockKind.class);
    private final Counter loginFailures;
    private final Counter loginsThrottled;
    private final Counter emailsRetried;
    private final Counter emailsDead;
    private final Counter webhooksRetried;
    private final Counter webhooksFailed;
    private final Counter webhooksDisabled;

    BusinessMeters(MeterRegistry registry, TransactionOperations<Connection> transactions, RecentOutboxBacklog outbox,
                   OpenChatSockets chatSockets) {
        this.transactions = transactions;
        for (Priority priority : Priority.values()) {
            Map<TicketChannel, Counter> byChannel = new EnumMap<>(TicketChannel.class);
            for (TicketChannel channel : TicketChannel.values()) {
                if (channel.opensTickets()) {
                    byChannel.put(channel, Counter.builder("supportdesk.tickets.opened").description("Tickets opened")
                            .tag("priority", priority.code()).tag("channel", channel.code()).register(registry));
                }
            }
            created.put(priority, byChannel);
        }
        resolved = Counter.builder("supportdesk.tickets.resolved").description("Tickets moved to resolved")
                .register(registry);
        publicComments = Counter.builder("supportdesk.comments").description("Comments and chat messages")
                .tag("visibility", "public").register(registry);
        internalNotes = Counter.builder("supportdesk.comments").description("Comments and chat messages")
                .tag("visibility", "internal").register(registry);
        chatMessages = Counter.builder("supportdesk.chat.messages")
                .description("Messages posted in a ticket's chat (comments written there)").register(registry);
        for (SlaClockKind kind : SlaClockKind.values()) {
            breaches.put(kind, Counter.builder("supportdesk.sla.breaches").description("SLA clocks that ran out")
                    .tag("clock", kind.code()).register(registry));
        }
        loginFailures = Counter.builder("supportdesk.login.failures")
                .description("Sign-ins refused for a wrong email or password").register(registry);
        loginsThrottled = Counter.builder("supportdesk.login.throttled")
                .description("Sign-ins refused because of too many failures (lockouts)").register(registry);
        emailsRetried = Counter.builder("supportdesk.email.send.failures").description("Emails that failed to send")
                .tag("outcome", "retry").register(registry);
        emailsDead = Counter.builder("supportdesk.email.send.failures").description("Emails that failed to send")
                .tag("outcome", "dead").register(registry);
        webhooksRetried = Counter.builder("supportdesk.webhook.delivery.failures")
                .description("Webhook delivery attempts that failed").tag("outcome", "retry").register(registry);
        webhooksFailed = Counter.builder("supportdesk.webhook.delivery.failures")
                .description("Webhook delivery attempts that failed").tag("outcome", "failed").register(registry);
        webhooksDisabled = Counter.builder("supportdesk.webhooks.disabled")
                .description("Webhooks the desk turned off (410 Gone, too many failures in a row)").register(registry);
        Gauge.builder("supportdesk.chat.sockets", chatSockets, OpenChatSockets::count)
                .description("Chat sockets open on this instance").register(registry);
        Gauge.builder("supportdesk.outbox.pending", outbox, backlog -> backlog.current().pending())
                .description("Emails waiting to be sent").register(registry);
        Gauge.builder("supportdesk.outbox.dead", outbox, backlog -> backlog.current().dead())
                .description("Emails given up on").register(registry);
        Gauge.builder("supportdesk.outbox.oldest.pending.age", outbox,
                        backlog -> backlog.oldestPendingAgeSeconds().orElse(0L))
                .description("Seconds the oldest waiting email has waited").baseUnit("seconds").register(registry);
    }

    /** A sign-in's answer: refused credentials and throttled attempts are counted. */
    public void signIn(LogInResult result) {
        switch (result) {
            case LogInResult.CredentialsRejected rejected -> loginFailures.increment();
            case LogInResult.LoginThrottled throttled -> loginsThrottled.increment();
            case LogInResult.SignedIn signedIn -> {
            }
        }
    }

    /** A dispatch's failed sends: those that will be retried and those given up on. */
    public void dispatched(DispatchReport report) {
        emailsRetried.increment(report.retrying());
        emailsDead.increment(report.dead());
    }

    public void dispatched(WebhookDispatchReport report) {
        webhooksRetried.increment(report.retrying());
        webhooksFailed.increment(report.failed());
        webhooksDisabled.increment(report.disabled());
    }

    /** Counts the events once the change that recorded them commits (at once outside a transaction). */
    public void count(List<TicketEvent> events) {
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            record(events);
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                record(events);
            }
        });
    }

    private void record(List<TicketEvent> events) {
        for (TicketEvent event : events) {
            switch (event) {
                case TicketCreated opened -> created.get(opened.priority()).get(opened.channel()).increment();
                case StatusChanged moved when moved.to() == TicketStatus.RESOLVED -> resolved.increment();
                case CommentAdded comment -> {
                    (comment.internal() ? internalNotes : publicComments).increment();
                    if (comment.channel() == Channel.CHAT) {
                        chatMessages.increment();
                    }
                }
                case SlaBreached breach -> breaches.get(breach.kind()).increment();
                default -> {
                }
            }
        }
    }
}
