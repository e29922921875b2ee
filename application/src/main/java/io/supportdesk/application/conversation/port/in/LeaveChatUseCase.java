package io.supportdesk.application.conversation.port.in;

/** Closes a chat connection; a person's last connection to the ticket announces that they left. */
public interface LeaveChatUseCase {

    void leave(LeaveChatCommand command);
}
