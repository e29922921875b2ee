package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.conversation.Comment;

/** A message with the person who wrote it. */
public record CommentDetails(Comment comment, Participant author) {
}
