package io.supportdesk.bootstrap.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the notification tests with a real SMTP server share: the server, the application's mail settings for it,
 * and a way to tell their own emails from the rest. The outbox is one table for every test class and dispatching
 * sends every due row, so a server also receives emails of other classes' tickets; each test looks only at its own.
 */
public final class NotificationTestSupport {

    private NotificationTestSupport() {
    }

    /** An SMTP server on a free local port, started. */
    public static GreenMail startSmtp() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** Mail to the server, from a named sender, with links to a public address the tests can recognise. */
    public static Map<String, String> smtpProperties(GreenMail smtp) {
        return Map.of("supportdesk.mail.smtp.host", "127.0.0.1",
                "supportdesk.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "supportdesk.mail.smtp.security", "none",
                "supportdesk.public-base-url", "https://help.example.test",
                "supportdesk.mail.from", "Example Help <help@example.test>");
    }

    /** The emails the server received about one ticket: every subject starts with the ticket's number. */
    public static MimeMessage[] about(GreenMail smtp, String ticketNumber) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).startsWith("[" + ticketNumber + "]"))
                .toArray(MimeMessage[]::new);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends every due outbox row (this class's and others'), as the dispatcher job would, until none is left. */
    public static void dispatchEverything(DispatchOutboxUseCase dispatcher) {
        int rounds = 0;
        while (dispatcher.dispatch().claimedAny()) {
            assertTrue(++rounds < 100, "the outbox drains");
        }
    }

    /** One part of a multipart email (0: plain text, 1: HTML), checked for its type, with LF line ends. */
    public static String part(MimeMessage message, int index, String mimeType) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            assertTrue(parts.getBodyPart(index).isMimeType(mimeType), parts.getBodyPart(index).getContentType());
            // SMTP carries text with CRLF line ends.
            return ((String) parts.getBodyPart(index).getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(","));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
