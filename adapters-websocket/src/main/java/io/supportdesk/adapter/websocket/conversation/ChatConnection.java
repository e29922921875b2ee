package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.domain.identity.Actor;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * One open socket and what the chat knows about it. Fields without {@code volatile} belong to the connection's
 * {@link #serial} executor and are only touched by its tasks.
 */
final class ChatConnection {

    enum State { OPENING, OPEN, CLOSED }

    final ChatConnectionId id = ChatConnectionId.random();
    final WebSocketSession session;
    final SerialExecutor serial;
    /** The user's budgets, shared by all their sockets on this instance (set when the socket is claimed). */
    volatile MessageRate messages;
    volatile MessageRate signals;
    /** This socket's own budget of frames of any kind, checked on the network thread before any work is queued. */
    final MessageRate frames;
    private final SendQueue queue;

    volatile State state = State.OPENING;
    volatile Actor actor;
    volatile ChatOpened opened;
    volatile long lastActivity;
    /** Whether this socket counts among its user's ({@link ChatRegistry#claim}). */
    volatile boolean claimed;

    /** The newest message this socket has been sent: where a catch-up after a gap starts. */
    long lastMessageId;
    /**
     * The messages recently sent (history and live), so one that was in the history is not sent again when its
     * notification arrives. A set, not a high-water mark: comments commit in id order per ticket only as far as
     * the ticket's version check orders them, and a system message does not take part in that.
     */
    private final java.util.LinkedHashSet<Long> sent = new java.util.LinkedHashSet<>();
    private static final int REMEMBERED = 1024;
    boolean typing;
    /** Whether the typing last announced was of an internal note, so its stop reaches the same audience. */
    boolean typingInternal;
    long typingAnnouncedAt;

    private final java.util.function.Consumer<ChatConnection> onClose;
    private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

    /** {@code onClose} runs once, whether the client or the server closes, or the network drops the socket. */
    ChatConnection(WebSocketSession session, Executor workers, int queueCapacity, long queueCapacityBytes,
                   MessageRate frames, long now, java.util.function.Consumer<ChatConnection> onClose) {
        this.session = session;
        this.frames = frames;
        this.onClose = onClose;
        this.serial = new SerialExecutor(workers);
        this.queue = new SendQueue(new SendQueue.Sink() {
            @Override
            public CompletionStage<?> send(String frame) {
                return session.sendAsync(frame);
            }

            @Override
            public void overflowed() {
                close(1013, "too slow: more frames are waiting than the send queue holds");
            }
        }, queueCapacity, queueCapacityBytes);
        this.lastActivity = now;
    }

    void send(String frame) {
        if (state != State.CLOSED) {
            queue.offer(frame);
        }
    }

    /**
     * Stops sending, says why, and lets the chat forget the socket at once. The close frame itself waits behind
     * whatever the network still holds, so for a stuck reader the socket closes only when that drains or the
     * server's idle timeout drops it; the chat does not wait for either.
     */
    void close(int code, String reason) {
        markClosed();
        queue.close();
        if (session.isOpen()) {
            session.close(new CloseReason(code, reason));
        }
        released();
    }

    /** The socket is gone (closed by either side): forget it, once. */
    void released() {
        markClosed();
        queue.close();
        if (released.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }

    /** Records a message as sent; false when it already was. Serial-executor only. */
    boolean firstSending(long messageId) {
        if (!sent.add(messageId)) {
            return false;
        }
        if (sent.size() > REMEMBERED) {
            sent.remove(sent.iterator().next());
        }
        lastMessageId = Math.max(lastMessageId, messageId);
        return true;
    }

    /** Opening finished; false when the socket closed meanwhile. */
    synchronized boolean markOpen() {
        if (state != State.OPENING) {
            return false;
        }
        state = State.OPEN;
        return true;
    }

    synchronized void markClosed() {
        state = State.CLOSED;
    }

    boolean isOpen() {
        return state == State.OPEN;
    }
}
