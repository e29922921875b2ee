package io.supportdesk.adapter.mail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.RenderedEmail;
import jakarta.mail.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Configuration picks the mailer: SMTP when a host is set, the logging mailer otherwise — always exactly one of them,
 * so the outbox dispatcher never finds two candidates or none.
 */
class MailerSelectionTest {

    private final Logger logMailerLog = (Logger) LoggerFactory.getLogger(LogMailer.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureTheLogMailersLog() {
        levelBefore = logMailerLog.getLevel();
        logMailerLog.setLevel(Level.INFO);
        logMailerLog.setAdditive(false);
        logged.start();
        logMailerLog.addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        logMailerLog.detachAppender(logged);
        logMailerLog.setLevel(levelBefore);
        logMailerLog.setAdditive(true);
    }

    @Test
    void without_an_smtp_host_the_logging_mailer_is_the_only_mailer() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(), "test")) {
            assertOnlyMailerIs(LogMailer.class, context);
            assertFalse(context.containsBean(SmtpSessionProvider.class), "no SMTP session without a host");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void a_blank_smtp_host_counts_as_none(String host) {
        try (ApplicationContext context = ApplicationContext.run(Map.of(SmtpSettings.HOST, host), "test")) {
            assertOnlyMailerIs(LogMailer.class, context);
            assertFalse(context.containsBean(SmtpSessionProvider.class));
        }
    }

    @Test
    void the_logging_mailer_warns_at_startup_and_logs_each_messages_headers_but_not_its_text() throws Exception {
        try (ApplicationContext context = ApplicationContext.run(Map.of(), "test")) {
            context.getBean(Mailer.class).send(MailContexts.message("<logged@help.example.com>",
                    new RenderedEmail("[TKT-000001] Hello: logged", "the plain text", "<p>html</p>"),
                    "ann@example.test", "bob@example.test"));
        }

        assertTrue(logged.list.stream().anyMatch(event -> event.getLevel() == Level.WARN
                        && event.getFormattedMessage().contains("No SMTP_HOST configured")),
                "operators are told that nothing is delivered");
        List<String> messages = logged.list.stream().filter(event -> event.getLevel() == Level.INFO)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(1, messages.size(), messages.toString());
        String message = messages.getFirst();
        assertTrue(message.contains("Message-ID: <logged@help.example.com>"), message);
        assertTrue(message.contains("To: ann@example.test, bob@example.test"), message);
        assertTrue(message.contains("Subject: [TKT-000001] Hello: logged"), message);
        assertFalse(message.contains("the plain text"), "the text is logged at DEBUG only: " + message);
        assertFalse(message.contains("<p>html</p>"), "the HTML part is never logged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", " smtp.example.test "})
    void an_smtp_host_selects_the_smtp_mailer_with_a_session_for_that_host(String host) {
        try (ApplicationContext context = ApplicationContext.run(Map.of(SmtpSettings.HOST, host,
                "supportdesk.mail.smtp.port", 2525), "test")) {
            assertOnlyMailerIs(SmtpMailer.class, context);
            Session session = context.getBean(SmtpSessionProvider.class).session();
            assertEquals(host.strip(), session.getProperty("mail.smtp.host"));
            assertEquals("2525", session.getProperty("mail.smtp.port"));
        }
        assertTrue(logged.list.isEmpty(), "the logging mailer never starts beside the SMTP one: " + logged.list);
    }

    private static void assertOnlyMailerIs(Class<? extends Mailer> expected, ApplicationContext context) {
        assertEquals(1, context.getBeansOfType(Mailer.class).size(), "exactly one mailer");
        assertInstanceOf(expected, context.getBean(Mailer.class));
    }
}
