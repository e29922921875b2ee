package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryChatPresenceTest extends ChatPresenceContract {

    private final InMemoryChatPresence presence = new InMemoryChatPresence();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected ChatPresence presence() {
        return presence;
    }

    @Override
    protected TicketId aTicket() {
        return new TicketId(ids.incrementAndGet());
    }

    @Override
    protected UserId aUser() {
        return new UserId(ids.incrementAndGet());
    }
}
