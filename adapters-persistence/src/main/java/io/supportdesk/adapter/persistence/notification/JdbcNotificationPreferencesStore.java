package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;

/** Preferences in {@code notification_preferences}; no row means every optional email is wanted. */
@Singleton
@Transactional
public class JdbcNotificationPreferencesStore implements NotificationPreferencesStore {

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcNotificationPreferencesStore(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationPreferences find(UserId user) {
        return jdbc.prepareStatement(
                "SELECT ticket_replies, daily_digest FROM notification_preferences WHERE user_id = ?", statement -> {
                    statement.setLong(1, user.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? new NotificationPreferences(rows.getBoolean(1), rows.getBoolean(2))
                                : NotificationPreferences.all();
                    }
                });
    }

    @Override
    public void save(UserId user, NotificationPreferences preferences) {
        jdbc.prepareStatement("""
                INSERT INTO notification_preferences (user_id, ticket_replies, daily_digest, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET ticket_replies = excluded.ticket_replies,
                    daily_digest = excluded.daily_digest, updated_at = excluded.updated_at""", statement -> {
            statement.setLong(1, user.value());
            statement.setBoolean(2, preferences.ticketReplies());
            statement.setBoolean(3, preferences.dailyDigest());
            statement.setTimestamp(4, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
    }
}
