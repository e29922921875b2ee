package io.supportdesk.adapter.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.MailDeliveryException;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.RenderedEmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SMTP over TLS from the first byte, against GreenMail's SMTPS server and its self-signed certificate. */
class SmtpTlsTest {

    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

    private static final RenderedEmail HELLO = new RenderedEmail("[TKT-000001] Hello: over TLS", "text", "<p>html</p>");

    @Test
    void tls_delivers_when_the_certificate_is_trusted() throws Exception {
        try (ApplicationContext context = MailContexts.smtp(SMTPS.getSmtps().getPort(), "tls",
                Map.of("supportdesk.mail.smtp.ssl-trust", "*"))) {
            context.getBean(Mailer.class).send(MailContexts.message("<tls@help.example.com>", HELLO,
                    "ann@example.test"));
        }
        assertEquals("<tls@help.example.com>", SMTPS.getReceivedMessages()[0].getMessageID());
    }

    @Test
    void an_untrusted_certificate_is_refused() {
        try (ApplicationContext context = MailContexts.smtp(SMTPS.getSmtps().getPort(), "tls", Map.of())) {
            assertThrows(MailDeliveryException.class, () -> context.getBean(Mailer.class).send(
                    MailContexts.message("<untrusted@help.example.com>", HELLO, "ann@example.test")));
        }
        assertEquals(0, SMTPS.getReceivedMessages().length);
    }
}
