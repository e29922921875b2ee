package io.supportdesk.adapter.mail;

import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.RenderedEmail;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Configuration picks the mailer: SMTP when a host is set, the logging mailer otherwise. */
class MailerSelectionTest {

    @Test
    void without_an_smtp_host_messages_are_logged_and_count_as_sent() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(), "test")) {
            Mailer mailer = context.getBean(Mailer.class);
            assertInstanceOf(LogMailer.class, mailer);
            assertDoesNotThrow(() -> mailer.send(MailContexts.message("<logged@help.example.com>",
                    new RenderedEmail("[TKT-000001] Hello: logged", "text", "<p>html</p>"), "ann@example.test")));
        }
    }

    @Test
    void a_blank_smtp_host_counts_as_none() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("supportdesk.mail.smtp.host", " "), "test")) {
            assertInstanceOf(LogMailer.class, context.getBean(Mailer.class));
        }
    }

    @Test
    void an_smtp_host_selects_the_smtp_mailer() {
        try (ApplicationContext context = MailContexts.smtp(2525, "starttls", Map.of())) {
            assertInstanceOf(SmtpMailer.class, context.getBean(Mailer.class));
        }
    }
}
