package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.domain.ticket.TicketEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Announces ticket events to the chat followers on every instance with {@code NOTIFY}, inside the change's
 * transaction: PostgreSQL delivers notifications only on commit, so a rolled-back comment is never announced.
 */
@Singleton
@Transactional
public class PgNotifyTicketEvents implements TicketEventPublisher {

    private final JdbcOperations jdbc;

    PgNotifyTicketEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void publish(List<TicketEvent> events) {
        events.stream().map(ChatSignal::of).flatMap(Optional::stream)
                .forEach(signal -> PgNotify.send(jdbc, ChatSignalCodec.encode(signal)));
    }
}
