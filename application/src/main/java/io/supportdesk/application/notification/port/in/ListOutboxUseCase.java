package io.supportdesk.application.notification.port.in;

import io.supportdesk.application.notification.OutboxMessage;

import java.util.List;

/** Shows operators what the outbox holds: what is waiting, what went out, what gave up and why. */
public interface ListOutboxUseCase {

    List<OutboxMessage> list(ListOutboxQuery query);
}
