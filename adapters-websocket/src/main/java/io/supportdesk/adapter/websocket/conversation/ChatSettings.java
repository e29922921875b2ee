package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The chat's limits, from {@code supportdesk.chat.*} (the defaults are the issue's). */
@Singleton
final class ChatSettings {

    final int maxContentBytes;
    final int messageLimit;
    final Duration messageWindow;
    final Duration idleTimeout;
    final int sendQueue;

    ChatSettings(@Value("${supportdesk.chat.max-content-bytes:8192}") int maxContentBytes,
                 @Value("${supportdesk.chat.rate.messages:20}") int messageLimit,
                 @Value("${supportdesk.chat.rate.window:10s}") Duration messageWindow,
                 @Value("${supportdesk.chat.idle-timeout:60s}") Duration idleTimeout,
                 @Value("${supportdesk.chat.send-queue:256}") int sendQueue) {
        this.maxContentBytes = maxContentBytes;
        this.messageLimit = messageLimit;
        this.messageWindow = messageWindow;
        this.idleTimeout = idleTimeout;
        this.sendQueue = sendQueue;
    }
}
