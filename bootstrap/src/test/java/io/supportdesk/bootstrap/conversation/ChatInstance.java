package io.supportdesk.bootstrap.conversation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.domain.identity.UserId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** One running Supportdesk, as a client sees it: its URLs, tokens it accepts, JSON over HTTP and WebSocket. */
final class ChatInstance {

    /** Someone with an account and a token for it. */
    record Person(UserId id, String role, String token) {
    }

    /** A reply of the REST API: status and JSON body (a map, or a list under "items"). */
    record Reply(int status, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        <T> T get(String key) {
            return (T) body.get(key);
        }
    }

    private final ApplicationContext context;
    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    ChatInstance(ApplicationContext context) {
        this.context = context;
        this.base = context.getBean(EmbeddedServer.class).getURI();
        this.json = context.getBean(JsonMapper.class);
    }

    JsonMapper json() {
        return json;
    }

    ApplicationContext context() {
        return context;
    }

    Person person(String role) {
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        UserId id = transactions.executeWrite(status -> TestUsers.insert(jdbc, role));
        return new Person(id, role, tokenFor(id, role));
    }

    String tokenFor(UserId id, String role) {
        return context.getBean(TokenGenerator.class)
                .generateToken(Map.of("sub", String.valueOf(id.value()), "roles", List.of(role))).orElseThrow();
    }

    /** Opens a ticket as the customer and returns its id. */
    long openTicket(Person customer) {
        Reply created = post("/api/v1/tickets", Map.of("title", "Cannot sign in",
                "description", "The sign-in page keeps saying my password is wrong.", "category", "technical",
                "priority", "high"), customer);
        if (created.status() != 201) {
            throw new AssertionError("opening a ticket failed: " + created);
        }
        return ((Number) created.get("id")).longValue();
    }

    ChatClient chat(long ticket, Person person) {
        return chat("/ws/tickets/" + ticket + "?ws_ticket=" + wsTicket(person));
    }

    /** A single-use socket ticket, as the chat page gets one before each connect. */
    String wsTicket(Person person) {
        Reply issued = post("/api/v1/ws-tickets", Map.of(), person);
        if (issued.status() != 201) {
            throw new AssertionError("no socket ticket: " + issued);
        }
        return issued.get("ticket");
    }

    ChatClient chat(String pathAndQuery) {
        return ChatClient.connect(json, ws(pathAndQuery), null, true);
    }

    /** A client that stops reading after its first frame, as a stuck browser tab would. */
    ChatClient stalledChat(long ticket, Person person) {
        return ChatClient.connect(json, ws("/ws/tickets/" + ticket + "?ws_ticket=" + wsTicket(person)), null, false,
                false);
    }

    /** A client that neither pings nor hides pongs. */
    ChatClient silentChat(String pathAndQuery) {
        return ChatClient.connect(json, ws(pathAndQuery), null, false);
    }

    ChatClient chatWithHeader(String path, String token) {
        return ChatClient.connect(json, ws(path), token, true);
    }

    private URI ws(String pathAndQuery) {
        return URI.create("ws://" + base.getHost() + ":" + base.getPort() + pathAndQuery);
    }

    Reply get(String path, Person as) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), as);
    }

    Reply post(String path, Object body, Person as) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), as);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> raw(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request, Person as) {
        if (as != null) {
            request.header("Authorization", "Bearer " + as.token());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            Map<String, Object> parsed = body == null || body.isBlank() ? Map.of()
                    : body.strip().startsWith("[") ? Map.of("items", json.readValue(body, Argument.listOf(Object.class)))
                    : json.readValue(body, Argument.mapOf(String.class, Object.class));
            return new Reply(response.statusCode(), parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
