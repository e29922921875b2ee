package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Draws ids from the {@code ticket_seq} sequence, which every instance shares, and formats the human number. */
@Singleton
@Transactional
public class JdbcTicketIdentities implements TicketIdentities {

    private final JdbcOperations jdbc;
    private final String prefix;

    JdbcTicketIdentities(JdbcOperations jdbc, @Value("${supportdesk.ticket.number-prefix:TKT}") String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        // Fail at startup, not at the first ticket, when the configured prefix is unusable.
        TicketNumber.of(prefix, 1);
    }

    @Override
    public NewTicketIdentity next() {
        long value = jdbc.prepareStatement("SELECT nextval('ticket_seq')", statement -> {
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        return new NewTicketIdentity(new TicketId(value), TicketNumber.of(prefix, value));
    }
}
