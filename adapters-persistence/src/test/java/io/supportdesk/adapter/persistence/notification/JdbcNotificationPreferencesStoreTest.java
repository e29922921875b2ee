package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.notification.NotificationPreferencesStoreContract;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** The email-preferences contract on real PostgreSQL, and the notification directory honouring what is stored. */
@AdapterTest
class JdbcNotificationPreferencesStoreTest extends NotificationPreferencesStoreContract {

    @Inject
    TestRows rows;
    @Inject
    JdbcNotificationPreferencesStore store;
    @Inject
    JdbcNotificationDirectory directory;
    @Inject
    JdbcOperations jdbc;


    @Override
    protected NotificationPreferencesStore store() {
        return store;
    }

    @Override
    protected UserId aUser() {
        return rows.user(Role.AGENT);
    }

    @Test
    void the_notification_directory_reads_the_stored_choice() {
        UserId user = aUser();

        store.save(user, new NotificationPreferences(false, false));

        assertEquals(new NotificationPreferences(false, false), directory.user(user).orElseThrow().preferences());
    }
}
