package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every {@link NotificationPreferencesStore} must do, run against the in-memory fake and the JDBC adapter
 * alike: a user who never chose gets every optional email.
 */
public abstract class NotificationPreferencesStoreContract {

    protected abstract NotificationPreferencesStore store();

    /** A user who exists in the store's world and has never chosen. */
    protected abstract UserId aUser();

    @Test
    void a_user_who_never_chose_gets_every_optional_email() {
        assertEquals(NotificationPreferences.all(), store().find(aUser()));
    }

    @Test
    void a_choice_is_kept_and_changed() {
        UserId user = aUser();

        store().save(user, new NotificationPreferences(false, true));
        assertEquals(new NotificationPreferences(false, true), store().find(user));
        store().save(user, new NotificationPreferences(false, false));
        assertEquals(new NotificationPreferences(false, false), store().find(user));
        store().save(user, new NotificationPreferences(true, false));
        assertEquals(new NotificationPreferences(true, false), store().find(user));
    }

    @Test
    void one_users_choice_leaves_everyone_else_alone() {
        UserId choosy = aUser();
        UserId other = aUser();
        store().save(other, new NotificationPreferences(true, false));

        store().save(choosy, new NotificationPreferences(false, false));

        assertEquals(new NotificationPreferences(true, false), store().find(other));
        assertEquals(NotificationPreferences.all(), store().find(aUser()));
    }
}
