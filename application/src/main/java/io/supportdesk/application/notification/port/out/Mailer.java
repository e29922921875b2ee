package io.supportdesk.application.notification.port.out;

import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.MailDeliveryException;

/**
 * Hands one email to a mail service. Returning normally means the service accepted it; it keeps the message's
 * {@code Message-ID} so a redelivered message is recognisably a duplicate. Implementations translate their own
 * failures into {@link MailDeliveryException}.
 */
public interface Mailer {

    void send(EmailMessage message) throws MailDeliveryException;
}
