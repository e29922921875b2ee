package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Objects;

/** The ticket a chat connection is on, and who is connected. */
public record ChatOpened(TicketId ticket, TicketNumber number, Participant participant) {

    public ChatOpened {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(participant, "participant");
    }
}
