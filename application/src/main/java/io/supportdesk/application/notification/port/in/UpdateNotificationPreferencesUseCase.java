package io.supportdesk.application.notification.port.in;

import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;

/** Changes which optional emails the caller receives. */
public interface UpdateNotificationPreferencesUseCase {

    NotificationPreferences update(UpdateNotificationPreferencesCommand command);
}
