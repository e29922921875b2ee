package io.supportdesk.application.conversation.port.out;

import io.supportdesk.application.conversation.ChatSignal;

/**
 * Tells every instance about a {@link ChatSignal}. Called inside a unit of work, the signal goes out when that
 * work commits and never when it rolls back.
 */
public interface ChatBroadcast {

    void announce(ChatSignal signal);
}
