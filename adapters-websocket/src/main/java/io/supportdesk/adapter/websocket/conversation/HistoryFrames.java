package io.supportdesk.adapter.websocket.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * History split into frames of bounded size. Fifty long comments of emoji made a 12 MB frame on every connect; the
 * bound keeps what one socket costs the server (and a phone's parser) small, whatever the comments hold.
 */
final class HistoryFrames {

    private HistoryFrames() {
    }

    /** The newest messages (oldest first, as given) whose frame stays within {@code maxBytes}; at least one. */
    static List<ChatFrames.Message> newestFitting(List<ChatFrames.Message> oldestFirst, long maxBytes) {
        long total = 0;
        int from = oldestFirst.size();
        while (from > 0) {
            long next = total + oldestFirst.get(from - 1).maxBytes();
            if (next > maxBytes && from < oldestFirst.size()) {
                break;
            }
            total = next;
            from--;
        }
        return oldestFirst.subList(from, oldestFirst.size());
    }

    /** All the messages, in order, as consecutive frames of at most {@code maxBytes} (a larger single one alone). */
    static List<List<ChatFrames.Message>> inOrder(List<ChatFrames.Message> oldestFirst, long maxBytes) {
        List<List<ChatFrames.Message>> frames = new ArrayList<>();
        List<ChatFrames.Message> current = new ArrayList<>();
        long size = 0;
        for (ChatFrames.Message message : oldestFirst) {
            if (!current.isEmpty() && size + message.maxBytes() > maxBytes) {
                frames.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(message);
            size += message.maxBytes();
        }
        if (!current.isEmpty() || frames.isEmpty()) {
            frames.add(current);
        }
        return frames;
    }
}
