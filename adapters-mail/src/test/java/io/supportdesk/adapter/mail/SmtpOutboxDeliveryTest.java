package io.supportdesk.adapter.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.DispatchOutboxService;
import io.supportdesk.application.notification.DispatchSettings;
import io.supportdesk.application.notification.InMemoryOutbox;
import io.supportdesk.domain.TestClock;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.RetrySchedule;
import io.supportdesk.application.notification.port.out.Mailer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.supportdesk.application.notification.OutboxFixtures.notifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatcher and the SMTP mailer together while the mail server goes away and comes back. */
class SmtpOutboxDeliveryTest {

    private final int port = MailContexts.freePort();
    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ApplicationContext context = MailContexts.smtp(port, "none", Map.of());
    private GreenMail server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        context.close();
    }

    @Test
    void a_mail_server_down_for_a_while_then_back_gets_everything_with_the_attempts_recorded() throws Exception {
        outbox.enqueue(notifications(3), clock.instant());
        DispatchOutboxService dispatcher = new DispatchOutboxService(outbox, context.getBean(Mailer.class),
                MailContexts.FROM, RetrySchedule.standard(), new DispatchSettings(10, Duration.ofMinutes(2)), clock);

        assertEquals(3, dispatcher.dispatch().retrying(), "nobody listens yet");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(3, dispatcher.dispatch().retrying(), "still down");

        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(3, dispatcher.dispatch().sent());

        for (OutboxMessage row : outbox.all()) {
            assertEquals(OutboxStatus.SENT, row.status());
            assertEquals(3, row.attempts());
            assertTrue(row.lastError().orElseThrow().contains("Connect"), row.lastError().get());
        }
        Set<String> received = Arrays.stream(server.getReceivedMessages()).map(SmtpOutboxDeliveryTest::messageId)
                .collect(Collectors.toSet());
        assertEquals(outbox.all().stream().map(OutboxMessage::messageId).collect(Collectors.toSet()), received);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
