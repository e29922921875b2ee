package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.supportdesk.domain.identity.UserId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryNotificationPreferencesStoreTest extends NotificationPreferencesStoreContract {

    private final InMemoryNotificationPreferencesStore store = new InMemoryNotificationPreferencesStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected NotificationPreferencesStore store() {
        return store;
    }

    @Override
    protected UserId aUser() {
        return new UserId(ids.incrementAndGet());
    }
}
