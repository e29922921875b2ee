package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.EditTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Tags;

import java.util.Optional;
import java.util.OptionalLong;

/** Edits the tests need often. */
final class EditTicketCommandFixtures {

    private EditTicketCommandFixtures() {
    }

    /** Replaces the ticket's tags. */
    static EditTicketCommand tags(Actor actor, TicketDetails ticket, String... tags) {
        return new EditTicketCommand(actor, TicketTestKit.ref(ticket), OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Tags.of(tags)), Optional.empty(), Optional.empty());
    }
}
