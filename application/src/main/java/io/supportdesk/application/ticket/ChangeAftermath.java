package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketEvent;

import java.util.List;

/**
 * What follows a saved change to a ticket, in the change's unit of work: its events are published, and the desk's
 * automation rules react to them ({@code TicketAutomation}), possibly changing the ticket again.
 */
@FunctionalInterface
public interface ChangeAftermath {

    /**
     * @param saved the ticket as just stored
     * @return the ticket as it stands afterwards, which is what the caller describes
     */
    Ticket publish(Ticket saved, List<TicketEvent> events);

    /** Publishing only: for a desk without rules (and tests of what comes before them). */
    static ChangeAftermath publishing(TicketEventPublisher publisher) {
        return (saved, events) -> {
            publisher.publish(events);
            return saved;
        };
    }
}
