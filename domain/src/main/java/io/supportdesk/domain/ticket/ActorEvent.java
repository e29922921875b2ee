package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;

/** A ticket event caused by a user. */
public sealed interface ActorEvent extends TicketEvent
        permits TicketCreated, TicketAssigned, TicketUnassigned, TicketTeamChanged, StatusChanged, PriorityChanged,
                TicketEdited, CommentAdded, AttachmentAdded, AttachmentRemoved, TicketImported {

    Actor actor();
}
