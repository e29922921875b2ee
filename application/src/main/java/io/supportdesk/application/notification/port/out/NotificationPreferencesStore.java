package io.supportdesk.application.notification.port.out;

import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.domain.identity.UserId;

/** Keeps each user's choices about optional emails; a user who never chose gets every email. */
public interface NotificationPreferencesStore {

    NotificationPreferences find(UserId user);

    void save(UserId user, NotificationPreferences preferences);
}
