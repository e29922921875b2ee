package io.supportdesk.adapter.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.port.out.Mailer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * The mailer when no SMTP host is configured: logs each message's headers and reports it as sent, so the zero-setup
 * default runs the whole notification flow without a mail server. Meant for development. The text — what a customer
 * would have been told, links included — is logged only at DEBUG: logs travel further than the database, and an
 * administrator reads every email, text and all, in {@code GET /admin/outbox}.
 */
@Singleton
@Requires(condition = SmtpHostConfigured.Not.class)
public class LogMailer implements Mailer, ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(EmailMessage message) {
        LOG.info("Email (not sent: no SMTP_HOST configured)\nMessage-ID: {}\nFrom: {}\nTo: {}\nSubject: {}",
                message.messageId(), message.from(),
                message.to().stream().map(EmailAddress::value).collect(Collectors.joining(", ")),
                message.subject());
        LOG.debug("Text of {}:\n{}", message.messageId(), message.text());
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        LOG.warn("No SMTP_HOST configured: emails are marked sent, not delivered; their headers are logged, and "
                + "administrators read them in full at GET /api/v1/admin/outbox");
    }
}
