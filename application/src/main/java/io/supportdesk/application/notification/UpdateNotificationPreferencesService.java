package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.UpdateNotificationPreferencesCommand;
import io.supportdesk.application.notification.port.in.UpdateNotificationPreferencesUseCase;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.application.port.out.UnitOfWork;

public final class UpdateNotificationPreferencesService implements UpdateNotificationPreferencesUseCase {

    private final NotificationPreferencesStore preferences;
    private final UnitOfWork unitOfWork;

    public UpdateNotificationPreferencesService(NotificationPreferencesStore preferences, UnitOfWork unitOfWork) {
        this.preferences = preferences;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public NotificationPreferences update(UpdateNotificationPreferencesCommand command) {
        return unitOfWork.inTransaction(() -> {
            NotificationPreferences current = preferences.find(command.actor().id());
            NotificationPreferences changed = new NotificationPreferences(
                    command.ticketReplies().orElse(current.ticketReplies()),
                    command.dailyDigest().orElse(current.dailyDigest()));
            if (!changed.equals(current)) {
                preferences.save(command.actor().id(), changed);
            }
            return changed;
        });
    }
}
