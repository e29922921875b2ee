package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.ListOutboxQuery;
import io.supportdesk.application.notification.port.in.ListOutboxUseCase;
import io.supportdesk.application.notification.port.out.OutboxStore;

import java.util.List;

public final class ListOutboxService implements ListOutboxUseCase {

    private final OutboxStore store;

    public ListOutboxService(OutboxStore store) {
        this.store = store;
    }

    @Override
    public List<OutboxMessage> list(ListOutboxQuery query) {
        return store.list(query.status(), query.limit());
    }
}
