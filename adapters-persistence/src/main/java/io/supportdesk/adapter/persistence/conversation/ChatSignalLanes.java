package io.supportdesk.adapter.persistence.conversation;

import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.conversation.ChatSignal.Gap;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketChanged;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Relays received signals off the one {@code LISTEN} thread, so a slow relay (it loads a comment, a ticket, people)
 * for one ticket holds up neither the listener nor any other ticket: one lane per ticket, run one signal at a time
 * in the order received, lanes side by side on the executor. A {@link Gap} has a lane of its own.
 *
 * <p>At most {@code capacity} signals wait in all lanes together. Past that a signal is dropped and a {@link Gap}
 * is queued in its place, as when the listener's connection is lost: the followers catch up from the tables, which
 * the dropped signal's change had already reached (a notification is delivered only after its commit). Only typing
 * indicators, presence and ticket-change frames dropped meanwhile stay lost. At most one Gap waits at a time; a
 * drop while one runs queues the next.
 */
final class ChatSignalLanes {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSignalLanes.class);
    /** The lane of {@link Gap}s: not a ticket, so it never shares a lane with one. */
    private static final Object EVERY_TICKET = new Object();

    private final Consumer<ChatSignal> relay;
    private final Executor executor;
    private final int capacity;
    /** A lane is present while it has a drainer, running or about to; all three fields are guarded by {@code this}. */
    private final Map<Object, ArrayDeque<ChatSignal>> lanes = new HashMap<>();
    private int waiting;
    private boolean gapWaiting;

    ChatSignalLanes(Consumer<ChatSignal> relay, Executor executor, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("supportdesk.chat.listener.backlog must be at least 1: " + capacity);
        }
        this.relay = relay;
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Queues the signal in its lane and returns at once; called by the listener thread only. */
    void dispatch(ChatSignal signal) {
        Object lane;
        boolean start;
        synchronized (this) {
            if (!(signal instanceof Gap) && waiting >= capacity) {
                if (!gapWaiting) {
                    LOG.warn("{} chat signals wait to be relayed; dropping {} and resynchronising every follower",
                            waiting, signal);
                }
                signal = new Gap();
            }
            if (signal instanceof Gap) {
                if (gapWaiting) {
                    return;
                }
                gapWaiting = true;
            } else {
                waiting++;
            }
            lane = lane(signal);
            ArrayDeque<ChatSignal> queue = lanes.get(lane);
            start = queue == null;
            if (start) {
                queue = new ArrayDeque<>();
                lanes.put(lane, queue);
            }
            queue.add(signal);
        }
        if (start) {
            try {
                executor.execute(() -> drain(lane));
            } catch (RejectedExecutionException shuttingDown) {
                synchronized (this) {
                    lanes.remove(lane);
                }
            }
        }
    }

    private void drain(Object lane) {
        while (true) {
            ChatSignal next;
            synchronized (this) {
                next = lanes.get(lane).poll();
                if (next == null) {
                    lanes.remove(lane);
                    return;
                }
                if (next instanceof Gap) {
                    gapWaiting = false;
                } else {
                    waiting--;
                }
            }
            try {
                relay.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("Relaying chat signal {} failed", next, e);
            }
        }
    }

    private static Object lane(ChatSignal signal) {
        return switch (signal) {
            case MessagePosted posted -> posted.ticket();
            case TicketChanged changed -> changed.ticket();
            case Typing typing -> typing.ticket();
            case PresenceChanged presence -> presence.ticket();
            case Gap gap -> EVERY_TICKET;
        };
    }
}
