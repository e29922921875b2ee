package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.ViewNotificationPreferencesUseCase;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.domain.identity.Actor;

public final class ViewNotificationPreferencesService implements ViewNotificationPreferencesUseCase {

    private final NotificationPreferencesStore preferences;

    public ViewNotificationPreferencesService(NotificationPreferencesStore preferences) {
        this.preferences = preferences;
    }

    @Override
    public NotificationPreferences view(Actor actor) {
        return preferences.find(actor.id());
    }
}
