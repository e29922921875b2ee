package io.supportdesk.bootstrap.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.domain.identity.UserId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the notification system tests share: configuration, users with tokens, a JSON client, the outbox table. */
final class NotificationTestSupport {

    private NotificationTestSupport() {
    }

    /** A signed-in test user. */
    record TestUser(UserId id, String email, String role, String token) {
    }

    /** An HTTP answer as status and JSON body. */
    record Reply(int status, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        <T> T get(String key) {
            return (T) body.get(key);
        }
    }

    /** The application against the test database, the scheduled dispatcher off (tests dispatch themselves). */
    static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.stringProperties());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "notification-test-secret-0123456789-abcdefghijklmnop");
        properties.put("supportdesk.outbox.dispatcher.enabled", "false");
        properties.put("supportdesk.digest.enabled", "false");
        properties.put("supportdesk.public-base-url", "https://help.example.test");
        properties.put("supportdesk.mail.from", "Example Help <help@example.test>");
        return properties;
    }

    /** An SMTP server on a free local port, started. */
    static GreenMail startSmtp() {
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

    static Map<String, String> smtpProperties(GreenMail smtp) {
        return Map.of("supportdesk.mail.smtp.host", "127.0.0.1",
                "supportdesk.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "supportdesk.mail.smtp.security", "none");
    }

    static TestUser user(String role, TransactionOperations<Connection> transactions, JdbcOperations jdbc,
                         TokenGenerator tokens) {
        UserId id = transactions.executeWrite(status -> TestUsers.insert(jdbc, role));
        String email = transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT email FROM users WHERE id = ?", statement -> {
                    statement.setLong(1, id.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getString(1);
                    }
                }));
        String token = tokens.generateToken(Map.of("sub", String.valueOf(id.value()), "roles", List.of(role)))
                .orElseThrow();
        return new TestUser(id, email, role, token);
    }

    @SuppressWarnings("rawtypes")
    static Reply send(HttpClient client, MutableHttpRequest<?> request, TestUser as) {
        if (as != null) {
            request.bearerAuth(as.token());
        }
        try {
            HttpResponse<Map> response = client.toBlocking().exchange(request, Argument.of(Map.class),
                    Argument.of(Map.class));
            return new Reply(response.code(),
                    response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of()));
        } catch (HttpClientResponseException e) {
            return new Reply(e.getResponse().code(),
                    e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of()));
        }
    }

    static void emptyOutbox(TransactionOperations<Connection> transactions, JdbcOperations jdbc) {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM outbox",
                statement -> statement.executeUpdate()));
    }

    static long outboxRows(TransactionOperations<Connection> transactions, JdbcOperations jdbc) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT count(*) FROM outbox", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }
}
