package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.domain.identity.ActingRule;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;

/** A person as the ticket and conversation endpoints show them: comment authors, chat senders, history actors. */
@Serdeable
public record PersonResponse(long id, String fullName, String role) {

    /** The desk itself, for what nobody did by hand: assignment on arrival, SLA escalations. */
    public static final PersonResponse DESK = new PersonResponse(0, "Supportdesk", "system");

    /** The desk acting for an automation rule: {@code {"id": 7, "full_name": "Rule: Escalate VIP", "role": "rule"}}. */
    public static PersonResponse of(ActingRule rule) {
        return new PersonResponse(rule.id(), rule.displayName(), "rule");
    }

    public static PersonResponse of(Participant participant) {
        return new PersonResponse(participant.id().value(), participant.fullName(), participant.role().code());
    }
}
