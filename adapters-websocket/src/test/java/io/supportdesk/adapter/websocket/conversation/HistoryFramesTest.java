package io.supportdesk.adapter.websocket.conversation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryFramesTest {

    private static ChatFrames.Message message(long id, int length) {
        return new ChatFrames.Message(id, 1, new ChatFrames.Person(7, "Ann", "customer"), "x".repeat(length), false,
                "chat", Instant.EPOCH, List.of());
    }

    private static List<ChatFrames.Message> messages(int count, int length) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> message(id, length)).toList();
    }

    @Test
    void the_latest_history_keeps_the_newest_messages_that_fit() {
        List<ChatFrames.Message> fifty = messages(50, 1_000); // about 6.3 kB each at most
        List<ChatFrames.Message> fitting = HistoryFrames.newestFitting(fifty, 20_000);
        assertEquals(List.of(48L, 49L, 50L), fitting.stream().map(ChatFrames.Message::id).toList());
        assertEquals(50, HistoryFrames.newestFitting(fifty, Long.MAX_VALUE).size());
    }

    @Test
    void one_message_larger_than_the_frame_is_still_sent_alone() {
        assertEquals(1, HistoryFrames.newestFitting(messages(3, 10_000), 1_000).size());
    }

    @Test
    void a_catch_up_is_split_in_order_into_bounded_frames() {
        List<List<ChatFrames.Message>> frames = HistoryFrames.inOrder(messages(10, 1_000), 20_000);
        assertEquals(List.of(3, 3, 3, 1), frames.stream().map(List::size).toList());
        assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(),
                frames.stream().flatMap(List::stream).map(ChatFrames.Message::id).toList());
        assertEquals(List.of(List.of()), HistoryFrames.inOrder(List.of(), 20_000), "an empty catch-up is one frame");
    }
}
