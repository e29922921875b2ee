package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.RetryOutboxMessageUseCase;
import io.supportdesk.application.notification.port.out.OutboxStore;

import java.time.Clock;
import java.time.Instant;

public final class RetryOutboxMessageService implements RetryOutboxMessageUseCase {

    private final OutboxStore store;
    private final Clock clock;

    public RetryOutboxMessageService(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public OutboxMessage retry(OutboxMessageId id) {
        Instant now = clock.instant();
        return store.requeue(id, now).orElseThrow(() -> {
            // The store refused: say why, from the row as it is now.
            OutboxMessage current = store.findById(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
            if (current.status() == OutboxStatus.SENT) {
                return new OutboxMessageNotRetryableException(current, "it was sent already");
            }
            return new OutboxMessageNotRetryableException(current, "a dispatcher is sending it right now");
        });
    }
}
