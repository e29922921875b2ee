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
 * The mailer when no SMTP host is configured: writes each message (headers and the plain-text part) to the log and
 * reports it as sent, so the zero-setup default runs the whole notification flow without a mail server. Meant for
 * development: the log then holds what customers would have been told.
 */
@Singleton
@Requires(condition = SmtpHostConfigured.Not.class)
public class LogMailer implements Mailer, ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(EmailMessage message) {
        LOG.info("Email (not sent: no SMTP_HOST configured)\nMessage-ID: {}\nFrom: {}\nTo: {}\nSubject: {}\n\n{}",
                message.messageId(), message.from(),
                message.to().stream().map(EmailAddress::value).collect(Collectors.joining(", ")),
                message.subject(), message.text());
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        LOG.warn("No SMTP_HOST configured: emails are written to this log and marked sent, not delivered");
    }
}
