package io.supportdesk.application.conversation.port.in;

/**
 * Adds a message to a ticket's conversation; the first public staff reply stops the first-response clock and a
 * customer reply to a ticket waiting on them puts it back in progress.
 */
public interface AddCommentUseCase {

    CommentDetails add(AddCommentCommand command);
}
