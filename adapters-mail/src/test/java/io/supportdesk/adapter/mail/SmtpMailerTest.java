package io.supportdesk.adapter.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.MailDeliveryException;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.notification.template.TicketCreatedEmail;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SMTP mailer against GreenMail, a real SMTP server inside the test JVM. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@supportdesk.test", "s3cret-pass"));

    private static final String HOSTILE_TITLE = "<script>alert(1)</script> Printer & \"fire\"";

    private static RenderedEmail rendered(String title) {
        return new TicketCreatedEmail("Ann Customer", new TicketNumber("TKT-000123"), new Title(title),
                Priority.HIGH, Instant.parse("2026-03-02T13:00:00Z"))
                .render(TemplateContext.of("https://help.example.com", ZoneId.of("UTC")));
    }

    private Mailer mailer(ApplicationContext context) {
        Mailer mailer = context.getBean(Mailer.class);
        assertInstanceOf(SmtpMailer.class, mailer);
        return mailer;
    }

    private static ApplicationContext plainSmtp(Map<String, Object> extra) {
        return MailContexts.smtp(SMTP.getSmtp().getPort(), "none", extra);
    }

    @Test
    void a_notification_arrives_with_its_recipients_message_id_and_both_parts_with_the_title_escaped_in_html()
            throws Exception {
        try (ApplicationContext context = plainSmtp(Map.of())) {
            mailer(context).send(MailContexts.message("<TKT-000123.e1.7@help.example.com>", rendered(HOSTILE_TITLE),
                    "ann@example.test", "bob@example.test"));
        }

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient mailbox");
        MimeMessage message = received[0];
        assertEquals("<TKT-000123.e1.7@help.example.com>", message.getMessageID());
        assertArrayEquals(new Address[] {new InternetAddress("help@supportdesk.test", "Supportdesk Help")},
                message.getFrom());
        assertEquals(List.of("ann@example.test", "bob@example.test"),
                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList());
        assertEquals("[TKT-000123] We received your request: " + HOSTILE_TITLE, message.getSubject());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
        assertTrue(message.getSentDate() != null);

        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        String textBody = (String) text.getContent();
        String htmlBody = (String) html.getContent();
        assertTrue(textBody.contains("Title: " + HOSTILE_TITLE), textBody);
        assertTrue(textBody.contains("https://help.example.com/tickets/TKT-000123"), textBody);
        assertFalse(htmlBody.contains("<script>"), htmlBody);
        assertTrue(htmlBody.contains("&lt;script&gt;alert(1)&lt;/script&gt; Printer &amp; &quot;fire&quot;"),
                htmlBody);
        assertTrue(htmlBody.contains("href=\"https://help.example.com/tickets/TKT-000123\""), htmlBody);
    }

    @Test
    void non_ascii_subjects_and_bodies_arrive_intact() throws Exception {
        try (ApplicationContext context = plainSmtp(Map.of())) {
            mailer(context).send(MailContexts.message("<umlaut@help.example.com>",
                    rendered("Drucker brennt – Größe ✓"), "jürgen@example.test"));
        }

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertEquals("[TKT-000123] We received your request: Drucker brennt – Größe ✓", message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("Drucker brennt – Größe ✓"), text);
    }

    @Test
    void credentials_from_the_configuration_are_used() throws Exception {
        try (ApplicationContext context = plainSmtp(Map.of("supportdesk.mail.smtp.username", "mailer@supportdesk.test",
                "supportdesk.mail.smtp.password", "s3cret-pass"))) {
            mailer(context).send(MailContexts.message("<auth@help.example.com>", rendered("Printer on fire"),
                    "ann@example.test"));
        }
        assertEquals(1, SMTP.getReceivedMessages().length);
        assertEquals("<auth@help.example.com>", SMTP.getReceivedMessages()[0].getMessageID());
        assertTrue(GreenMailUtil.getHeaders(SMTP.getReceivedMessages()[0]).contains("Message-ID"));
    }

    @Test
    void wrong_credentials_are_a_failure_worth_retrying_after_the_fix() {
        try (ApplicationContext context = plainSmtp(Map.of("supportdesk.mail.smtp.username", "mailer@supportdesk.test",
                "supportdesk.mail.smtp.password", "wrong"))) {
            MailDeliveryException failure = assertThrows(MailDeliveryException.class, () -> mailer(context).send(
                    MailContexts.message("<badauth@help.example.com>", rendered("Printer on fire"),
                            "ann@example.test")));
            assertFalse(failure.permanent());
        }
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void a_server_that_is_down_is_a_temporary_failure() {
        try (ApplicationContext context = MailContexts.smtp(MailContexts.freePort(), "none", Map.of())) {
            MailDeliveryException failure = assertThrows(MailDeliveryException.class, () -> mailer(context).send(
                    MailContexts.message("<down@help.example.com>", rendered("Printer on fire"), "ann@example.test")));
            assertFalse(failure.permanent());
            assertTrue(failure.getMessage().contains("<down@help.example.com>"), failure.getMessage());
        }
    }
}
