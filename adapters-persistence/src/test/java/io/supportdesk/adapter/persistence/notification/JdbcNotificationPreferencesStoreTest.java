package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Email preferences on real PostgreSQL, and the notification directory honouring them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcNotificationPreferencesStoreTest implements TestPropertyProvider {

    @Inject
    JdbcNotificationPreferencesStore store;
    @Inject
    JdbcNotificationDirectory directory;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Test
    void no_row_means_every_email_and_a_choice_is_kept_and_changed() {
        UserId user = transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
        assertEquals(NotificationPreferences.all(), store.find(user));

        store.save(user, new NotificationPreferences(false, true));
        assertEquals(new NotificationPreferences(false, true), store.find(user));
        store.save(user, new NotificationPreferences(false, false));
        assertEquals(new NotificationPreferences(false, false), store.find(user));

        assertEquals(new NotificationPreferences(false, false),
                directory.user(user).orElseThrow().preferences());
    }
}
