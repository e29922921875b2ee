package io.supportdesk.adapter.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.MailDeliveryException;
import io.supportdesk.application.notification.Mailbox;
import io.supportdesk.application.notification.port.out.Mailer;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import java.time.Clock;
import java.util.Date;

/**
 * Sends through an SMTP server with micronaut-email-javamail: its message composer builds the
 * {@code multipart/alternative} message (plain text first, then HTML, so clients prefer the HTML), and this class
 * sends it itself, because Jakarta Mail's {@code Transport.send} would otherwise replace the {@code Message-ID}
 * with a fresh one and a redelivered message could no longer be recognised as the same one.
 */
@Singleton
@Requires(condition = SmtpHostConfigured.class)
public class SmtpMailer implements Mailer {

    private final SessionProvider sessions;
    private final MessageComposer composer;
    private final Clock clock;

    SmtpMailer(SessionProvider sessions, MessageComposer composer, Clock clock) {
        this.sessions = sessions;
        this.composer = composer;
        this.clock = clock;
    }

    @Override
    public void send(EmailMessage message) throws MailDeliveryException {
        Email.Builder email = Email.builder()
                .from(contact(message.from()))
                .subject(message.subject())
                .body(new MultipartBody(message.html(), message.text()));
        for (EmailAddress recipient : message.to()) {
            email.to(recipient.value());
        }
        try {
            MimeMessage composed = (MimeMessage) composer.compose(email.build(), sessions.session());
            MimeMessage outgoing = new StableIdMessage(composed, message.messageId());
            outgoing.setSentDate(Date.from(clock.instant()));
            // RFC 3834: tells auto-responders (vacation replies) not to answer a notification.
            outgoing.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(outgoing);
        } catch (MessagingException e) {
            throw translate(message, e);
        }
    }

    private static Contact contact(Mailbox mailbox) {
        return mailbox.displayName()
                .map(name -> new Contact(mailbox.address().value(), name))
                .orElseGet(() -> new Contact(mailbox.address().value()));
    }

    /** A rejected or malformed address will never work; anything else (down, timeouts, authentication) may. */
    static MailDeliveryException translate(EmailMessage message, MessagingException failure) {
        String what = "SMTP delivery of " + message.messageId() + " failed: " + failure.getMessage();
        if (failure instanceof AddressException) {
            return MailDeliveryException.permanent(what, failure);
        }
        if (failure instanceof SendFailedException rejected && isEmpty(rejected.getValidSentAddresses())
                && isEmpty(rejected.getValidUnsentAddresses()) && !isEmpty(rejected.getInvalidAddresses())) {
            return MailDeliveryException.permanent(what, failure);
        }
        return MailDeliveryException.temporary(what, failure);
    }

    private static boolean isEmpty(Address[] addresses) {
        return addresses == null || addresses.length == 0;
    }

    /** A message whose {@code Message-ID} survives {@code saveChanges()}. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(MimeMessage source, String messageId) throws MessagingException {
            super(source);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
