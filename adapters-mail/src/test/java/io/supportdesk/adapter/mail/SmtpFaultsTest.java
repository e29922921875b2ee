package io.supportdesk.adapter.mail;

import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.MailDeliveryException;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.notification.template.TicketCreatedEmail;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, fault 6: mail servers that misbehave in the ways GreenMail will not — one that accepts the connection and
 * never says a word, and one that refuses recipients with 4xx or 5xx. A scripted SMTP peer on a real socket plays
 * them; the mailer under test is the real one, with its real session. The outbox's part (a temporary failure is
 * retried, a permanent one is a dead letter, one message never holds another up) is DispatchOutboxService's and
 * tested there; here: each failure is bounded in time and classified right.
 */
class SmtpFaultsTest {

    private final List<ScriptedSmtp> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(ScriptedSmtp::close);
    }

    private static RenderedEmail rendered() {
        return new TicketCreatedEmail("Ann Customer", new TicketNumber("TKT-000123"), new Title("Printer on fire"),
                Priority.HIGH, Instant.parse("2026-03-02T13:00:00Z"))
                .render(TemplateContext.of("https://help.example.com", ZoneId.of("UTC")));
    }

    @Test
    void a_server_that_accepts_and_never_answers_is_a_temporary_failure_after_the_timeout_not_a_hang() {
        ScriptedSmtp silent = start(command -> null);
        silent.greeting = null;
        try (ApplicationContext context = MailContexts.smtp(silent.port(), "none",
                Map.of("supportdesk.mail.smtp.timeout", "1s"))) {
            MailDeliveryException failure = assertThrows(MailDeliveryException.class, () -> context
                    .getBean(Mailer.class).send(MailContexts.message("<stall@help.example.com>", rendered(),
                            "ann@example.test")));
            assertFalse(failure.permanent(), "a stalled server may answer next time");
        }
    }

    @Test
    void a_recipient_refused_with_550_is_a_permanent_failure() {
        ScriptedSmtp refusing = start(command -> command.startsWith("RCPT TO:") ? "550 5.1.1 no such user" : null);
        try (ApplicationContext context = MailContexts.smtp(refusing.port(), "none", Map.of())) {
            MailDeliveryException failure = assertThrows(MailDeliveryException.class, () -> context
                    .getBean(Mailer.class).send(MailContexts.message("<gone@help.example.com>", rendered(),
                            "gone@example.test")));
            assertTrue(failure.permanent(), "a mailbox that does not exist will not exist on a retry");
        }
    }

    @Test
    void a_recipient_refused_with_450_is_a_temporary_failure() {
        ScriptedSmtp busy = start(command -> command.startsWith("RCPT TO:") ? "450 4.2.1 mailbox busy, try later"
                : null);
        try (ApplicationContext context = MailContexts.smtp(busy.port(), "none", Map.of())) {
            MailDeliveryException failure = assertThrows(MailDeliveryException.class, () -> context
                    .getBean(Mailer.class).send(MailContexts.message("<busy@help.example.com>", rendered(),
                            "busy@example.test")));
            assertFalse(failure.permanent(), "4xx means: try again later");
        }
    }

    @Test
    void a_message_after_a_refused_one_goes_through_on_the_same_server() throws Exception {
        ScriptedSmtp picky = start(command -> command.equals("RCPT TO:<gone@example.test>")
                ? "550 5.1.1 no such user" : null);
        try (ApplicationContext context = MailContexts.smtp(picky.port(), "none", Map.of())) {
            Mailer mailer = context.getBean(Mailer.class);
            assertThrows(MailDeliveryException.class, () -> mailer.send(MailContexts.message(
                    "<one@help.example.com>", rendered(), "gone@example.test")));
            mailer.send(MailContexts.message("<two@help.example.com>", rendered(), "ann@example.test"));
        }
        assertEquals(1, picky.delivered.size(), "one message's bad recipient does not hold the next one up");
    }

    private ScriptedSmtp start(Function<String, String> override) {
        ScriptedSmtp server = new ScriptedSmtp(override);
        servers.add(server);
        Thread.ofVirtual().start(server::serve);
        return server;
    }

    /**
     * Just enough SMTP for JavaMail: greets, accepts every command with the usual answer unless {@code override}
     * gives another, and keeps the messages it accepted. An override of {@code null} means the usual answer; a
     * {@code greeting} of {@code null} means the server never says anything.
     */
    private static final class ScriptedSmtp implements AutoCloseable {

        private final ServerSocket socket;
        private final Function<String, String> override;
        final List<String> delivered = new CopyOnWriteArrayList<>();
        volatile String greeting = "220 scripted.test ESMTP";

        ScriptedSmtp(Function<String, String> override) {
            this.override = override;
            try {
                this.socket = new ServerSocket(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    converse(client);
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    // The client gave up (its timeout); wait for the next one.
                }
            }
        }

        private void converse(Socket client) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            if (greeting == null) {
                // Accept and say nothing until the client hangs up.
                while (in.readLine() != null) {
                    // read and ignore
                }
                return;
            }
            say(out, greeting);
            String line;
            while ((line = in.readLine()) != null) {
                String answer = override.apply(line);
                if (answer != null) {
                    say(out, answer);
                } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                    say(out, "250 scripted.test");
                } else if (line.equals("DATA")) {
                    say(out, "354 go ahead");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data).append('\n');
                    }
                    delivered.add(message.toString());
                    say(out, "250 2.0.0 queued");
                } else if (line.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 ok");
                }
            }
        }

        private static void say(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
