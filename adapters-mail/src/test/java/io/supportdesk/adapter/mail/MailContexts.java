package io.supportdesk.adapter.mail;

import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.Mailbox;
import io.supportdesk.application.notification.template.RenderedEmail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Application contexts for the mail adapter, configured as the shipped application.yml would from SMTP_*. */
final class MailContexts {

    static final Mailbox FROM = Mailbox.parse("Supportdesk Help <help@supportdesk.test>");

    private MailContexts() {
    }

    static ApplicationContext smtp(int port, String security, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("supportdesk.mail.smtp.host", "127.0.0.1");
        properties.put("supportdesk.mail.smtp.port", port);
        properties.put("supportdesk.mail.smtp.security", security);
        // Only a safety net (GreenMail answers at once; a server that is down refuses the connection at once):
        // generous, so that a loaded machine's pause is not taken for a stalled server.
        properties.put("supportdesk.mail.smtp.timeout", "30s");
        properties.putAll(extra);
        return ApplicationContext.run(properties, "test");
    }

    static EmailMessage message(String messageId, RenderedEmail rendered, String... to) {
        return new EmailMessage(messageId, FROM, List.of(to).stream().map(EmailAddress::new).toList(),
                rendered.subject(), rendered.text(), rendered.html());
    }

    /** A port nothing listens on right now (and that a test server can take later). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
