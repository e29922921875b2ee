package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;

class InMemoryOutboxTest extends OutboxStoreContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected OutboxStore store() {
        return outbox;
    }
}
