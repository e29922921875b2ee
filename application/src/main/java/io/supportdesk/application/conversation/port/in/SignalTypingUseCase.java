package io.supportdesk.application.conversation.port.in;

/** Tells the ticket's other followers that someone is typing, or stopped; nothing is stored. */
public interface SignalTypingUseCase {

    void signal(SignalTypingCommand command);
}
