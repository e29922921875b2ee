package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.conversation.port.out.ChatBroadcast;
import jakarta.inject.Singleton;

/** Chat signals that are not ticket events (typing, presence, system messages), sent the same way. */
@Singleton
@Transactional
public class PgNotifyChatBroadcast implements ChatBroadcast {

    private final JdbcOperations jdbc;

    PgNotifyChatBroadcast(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void announce(ChatSignal signal) {
        PgNotify.send(jdbc, ChatSignalCodec.encode(signal));
    }
}
