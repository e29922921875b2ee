package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.concurrent.atomic.AtomicLong;

/** An in-memory sequence, standing in for the database sequence. */
public final class SequenceTicketIdentities implements TicketIdentities {

    private final AtomicLong sequence = new AtomicLong();
    private final String prefix;

    public SequenceTicketIdentities(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public NewTicketIdentity next() {
        long value = sequence.incrementAndGet();
        return new NewTicketIdentity(new TicketId(value), TicketNumber.of(prefix, value));
    }
}
