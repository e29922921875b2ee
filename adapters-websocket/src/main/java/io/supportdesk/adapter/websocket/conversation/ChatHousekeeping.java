package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.application.conversation.port.in.RefreshChatPresenceUseCase;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.domain.identity.Actor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this instance does for its open sockets on a timer, rather than in answer to a frame: closing the idle,
 * keeping their presence rows fresh, and closing those whose account no longer holds. A failed round is logged and
 * the next one tries again.
 */
@Singleton
final class ChatHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(ChatHousekeeping.class);

    private final ChatRegistry registry;
    private final RefreshChatPresenceUseCase refreshPresence;
    private final IdentifyCallerUseCase identifyCaller;
    private final ChatSettings settings;

    ChatHousekeeping(ChatRegistry registry, RefreshChatPresenceUseCase refreshPresence,
                     IdentifyCallerUseCase identifyCaller, ChatSettings settings) {
        this.registry = registry;
        this.refreshPresence = refreshPresence;
        this.identifyCaller = identifyCaller;
        this.settings = settings;
    }

    /** Closes sockets that sent nothing, not even a ping, within the idle timeout. */
    @Scheduled(fixedDelay = "${supportdesk.chat.sweep-interval:5s}")
    void closeIdle() {
        long now = System.nanoTime();
        for (ChatConnection connection : registry.all()) {
            if (now - connection.lastActivity > settings.idleTimeout.toNanos()) {
                connection.close(ChatCloseCodes.IDLE,
                        "idle: no frame for " + settings.idleTimeout.toSeconds() + " s; send pings");
            }
        }
    }

    @Scheduled(fixedDelay = "${supportdesk.chat.presence-heartbeat:15s}")
    void keepPresence() {
        List<ChatConnectionId> open = registry.all().stream().filter(c -> c.opened != null).map(c -> c.id).toList();
        try {
            refreshPresence.refresh(open);
        } catch (RuntimeException e) {
            LOG.warn("Refreshing chat presence failed; will retry", e);
        }
    }

    /**
     * A token is checked when the socket opens, but an open socket must not outlive the account behind it: every
     * {@code supportdesk.chat.revalidate-interval} each connected user is looked up once, and the sockets of anyone
     * deactivated or moved to another role since are closed (4401), as their next REST request would be refused
     * ({@link IdentifyCallerUseCase#confirm}, the rule REST applies); those of anyone whose teams changed are closed
     * with 4404, so that reconnecting decides again whether the ticket is theirs to see.
     */
    @Scheduled(fixedDelay = "${supportdesk.chat.revalidate-interval:30s}")
    void revalidate() {
        Map<Actor, Optional<Actor>> confirmed = new HashMap<>();
        try {
            for (ChatConnection connection : registry.all()) {
                Actor actor = connection.actor;
                if (actor == null) {
                    continue;
                }
                Optional<Actor> now = confirmed.computeIfAbsent(actor, identifyCaller::confirm);
                if (now.isEmpty()) {
                    connection.close(ChatCloseCodes.UNAUTHENTICATED,
                            "unauthenticated: the account was deactivated or changed; sign in again");
                } else if (!now.get().equals(actor)) {
                    // Joined or left a team since the socket opened: what it may read is decided again on reconnect
                    // (ticket not readable any more: 4404 then), never by the teams it had.
                    connection.close(ChatCloseCodes.NOT_FOUND,
                            "your teams changed; reconnect to go on if the ticket is still yours to see");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Re-checking chat users failed; will retry", e);
        }
    }
}
