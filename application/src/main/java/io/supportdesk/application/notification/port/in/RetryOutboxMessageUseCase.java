package io.supportdesk.application.notification.port.in;

import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxMessageId;

/**
 * Sends a dead (or waiting) message at the next dispatch, with a fresh set of attempts — for after an operator fixed
 * what made it fail.
 *
 * @throws io.supportdesk.application.notification.OutboxMessageNotFoundException  no such row
 * @throws io.supportdesk.application.notification.OutboxMessageNotRetryableException it was sent, or is being sent
 */
public interface RetryOutboxMessageUseCase {

    OutboxMessage retry(OutboxMessageId id);
}
