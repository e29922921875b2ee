package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

/** {@code pg_notify} on the connection of the current transaction, so the notification waits for its commit. */
final class PgNotify {

    private PgNotify() {
    }

    static void send(JdbcOperations jdbc, String payload) {
        jdbc.prepareStatement("SELECT pg_notify(?, ?)", statement -> {
            statement.setString(1, ChatSignalCodec.CHANNEL);
            statement.setString(2, payload);
            statement.execute();
            return null;
        });
    }
}
