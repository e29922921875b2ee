package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.ChatBroadcast;

import java.util.ArrayList;
import java.util.List;

/** Keeps every announced signal, in order. */
public final class RecordingChatBroadcast implements ChatBroadcast {

    private final List<ChatSignal> announced = new ArrayList<>();

    @Override
    public synchronized void announce(ChatSignal signal) {
        announced.add(signal);
    }

    public synchronized List<ChatSignal> announced() {
        return List.copyOf(announced);
    }

    public synchronized <S extends ChatSignal> List<S> announced(Class<S> type) {
        return announced.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
