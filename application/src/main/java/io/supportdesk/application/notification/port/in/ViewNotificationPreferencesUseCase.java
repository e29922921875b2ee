package io.supportdesk.application.notification.port.in;

import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.domain.identity.Actor;

/** Shows which optional emails the caller receives. */
public interface ViewNotificationPreferencesUseCase {

    NotificationPreferences view(Actor actor);
}
