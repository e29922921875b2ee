package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The chat's limits, from {@code supportdesk.chat.*} (the defaults are the issue's). */
@Singleton
final class ChatSettings {

    final int maxContentBytes;
    final int messageLimit;
    final int frameLimit;
    final Duration messageWindow;
    final Duration idleTimeout;
    final int sendQueue;
    final long sendQueueBytes;
    final int historyFrameBytes;
    final int socketsPerUser;
    final int socketsPerTicket;

    ChatSettings(@Value("${supportdesk.chat.max-content-bytes:8192}") int maxContentBytes,
                 @Value("${supportdesk.chat.rate.messages:20}") int messageLimit,
                 @Value("${supportdesk.chat.rate.window:10s}") Duration messageWindow,
                 @Value("${supportdesk.chat.rate.frames:120}") int frameLimit,
                 @Value("${supportdesk.chat.idle-timeout:60s}") Duration idleTimeout,
                 @Value("${supportdesk.chat.send-queue:256}") int sendQueue,
                 @Value("${supportdesk.chat.send-queue-bytes:1048576}") long sendQueueBytes,
                 @Value("${supportdesk.chat.history-frame-bytes:262144}") int historyFrameBytes,
                 @Value("${supportdesk.chat.sockets-per-user:10}") int socketsPerUser,
                 @Value("${supportdesk.chat.sockets-per-ticket:50}") int socketsPerTicket) {
        if (historyFrameBytes > sendQueueBytes) {
            throw new IllegalArgumentException("supportdesk.chat.history-frame-bytes (" + historyFrameBytes
                    + ") must not exceed supportdesk.chat.send-queue-bytes (" + sendQueueBytes + ")");
        }
        this.sendQueueBytes = sendQueueBytes;
        this.historyFrameBytes = historyFrameBytes;
        this.socketsPerUser = socketsPerUser;
        this.socketsPerTicket = socketsPerTicket;
        this.maxContentBytes = maxContentBytes;
        this.messageLimit = messageLimit;
        this.frameLimit = frameLimit;
        this.messageWindow = messageWindow;
        this.idleTimeout = idleTimeout;
        this.sendQueue = sendQueue;
    }
}
