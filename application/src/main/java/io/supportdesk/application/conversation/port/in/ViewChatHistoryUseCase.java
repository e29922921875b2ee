package io.supportdesk.application.conversation.port.in;

import java.util.List;

/**
 * The conversation as a chat shows it: the newest messages (before a point, for scrolling back), or everything
 * after a message a reconnecting client last saw; oldest first, without internal notes for customers.
 */
public interface ViewChatHistoryUseCase {

    List<CommentDetails> history(ChatHistoryQuery query);
}
