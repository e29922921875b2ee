package io.supportdesk.application.conversation.port.in;

/**
 * A manager or administrator posts a notice into a ticket's conversation (channel {@code system}). It is public,
 * but it is not a reply: it neither stops the first-response clock nor changes the ticket.
 */
public interface PostSystemMessageUseCase {

    CommentDetails post(PostSystemMessageCommand command);
}
