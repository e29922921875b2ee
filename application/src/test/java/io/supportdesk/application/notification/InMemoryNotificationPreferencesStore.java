package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.domain.identity.UserId;

import java.util.HashMap;
import java.util.Map;

/** Preferences in memory; counts writes so tests can see that an unchanged choice is not rewritten. */
public final class InMemoryNotificationPreferencesStore implements NotificationPreferencesStore {

    private final Map<UserId, NotificationPreferences> stored = new HashMap<>();
    private int writes;

    @Override
    public NotificationPreferences find(UserId user) {
        return stored.getOrDefault(user, NotificationPreferences.all());
    }

    @Override
    public void save(UserId user, NotificationPreferences preferences) {
        stored.put(user, preferences);
        writes++;
    }

    public int writes() {
        return writes;
    }
}
