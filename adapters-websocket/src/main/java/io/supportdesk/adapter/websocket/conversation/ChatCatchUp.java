package io.supportdesk.adapter.websocket.conversation;

import io.supportdesk.adapter.websocket.conversation.ChatFrames.ChatHistory;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.CommentId;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The history an opening socket is sent: the newest messages that fit one frame, or, for a client reconnecting with
 * {@code since}, everything after that message, page by page and in order. Runs on the connection's executor.
 */
@Singleton
final class ChatCatchUp {

    /** 20 pages of 500: a reconnecting client is sent at most the 10,000 messages after its {@code since}. */
    private static final int MAX_CATCH_UP_PAGES = 20;

    private final ViewChatHistoryUseCase history;
    private final ChatFrameWriter frames;
    private final ChatSettings settings;

    ChatCatchUp(ViewChatHistoryUseCase history, ChatFrameWriter frames, ChatSettings settings) {
        this.history = history;
        this.frames = frames;
        this.settings = settings;
    }

    void send(ChatConnection connection, ChatOpened opened, Optional<CommentId> after) {
        if (after.isEmpty()) {
            sendLatest(connection, opened);
        } else {
            sendAfter(connection, opened, after.get());
        }
    }

    private void sendLatest(ChatConnection connection, ChatOpened opened) {
        TicketReference reference = TicketReference.of(opened.ticket());
        List<CommentDetails> latest = history.history(ChatHistoryQuery.latest(connection.actor, reference));
        List<ChatFrames.Message> messages = latest.stream().map(ChatFrames.Message::of).toList();
        // The newest messages that fit one frame; the rest are a REST page away (has_more, next_before).
        List<ChatFrames.Message> fitting = HistoryFrames.newestFitting(messages, settings.historyFrameBytes);
        fitting.forEach(m -> connection.firstSending(m.id()));
        frames.send(connection, new ChatHistory(opened.ticket().value(), null, fitting,
                fitting.size() < messages.size() || latest.size() == ChatHistoryQuery.DEFAULT_LIMIT));
    }

    private void sendAfter(ChatConnection connection, ChatOpened opened, CommentId after) {
        TicketReference reference = TicketReference.of(opened.ticket());
        connection.lastMessageId = after.value();
        int page = 0;
        List<CommentDetails> missed;
        // A client that missed more than a page gets the rest as further chat_history frames, in order.
        do {
            long from = connection.lastMessageId;
            missed = history.history(ChatHistoryQuery.after(connection.actor, reference, new CommentId(from)));
            missed.forEach(m -> connection.firstSending(m.comment().id().value()));
            if (page == 0 || !missed.isEmpty()) {
                // In order, in frames of bounded size: a long gap never becomes one huge frame.
                for (List<ChatFrames.Message> chunk : HistoryFrames.inOrder(
                        missed.stream().map(ChatFrames.Message::of).toList(), settings.historyFrameBytes)) {
                    frames.send(connection, new ChatHistory(opened.ticket().value(), from, chunk, false));
                }
            }
        } while (missed.size() == ChatHistoryQuery.MAX_LIMIT && ++page < MAX_CATCH_UP_PAGES);
    }
}
