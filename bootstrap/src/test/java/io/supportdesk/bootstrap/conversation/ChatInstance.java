package io.supportdesk.bootstrap.conversation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.domain.identity.Role;

import java.net.URI;
import java.util.Map;

/**
 * One running Supportdesk, as a chat client sees it: its URLs, users it knows, JSON over HTTP (the system tests'
 * {@link Api}) and WebSocket.
 */
final class ChatInstance {

    private final ApplicationContext context;
    private final URI base;
    private final JsonMapper json;
    private final Api api;
    private final SignedInUsers users;

    ChatInstance(ApplicationContext context) {
        this.context = context;
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        this.base = server.getURI();
        this.json = context.getBean(JsonMapper.class);
        this.api = new Api(context.createBean(HttpClient.class, server.getURL()));
        this.users = context.getBean(SignedInUsers.class);
    }

    JsonMapper json() {
        return json;
    }

    ApplicationContext context() {
        return context;
    }

    /** A new user of the role ({@code "customer"}, {@code "agent"}...), signed in on this instance. */
    SignedInUser person(String role) {
        return users.create(Role.fromCode(role));
    }

    /** Opens a ticket as the customer and returns its id. */
    long openTicket(SignedInUser customer) {
        Reply created = post("/api/v1/tickets", Map.of("title", "Cannot sign in",
                "description", "The sign-in page keeps saying my password is wrong.", "category", "technical",
                "priority", "high"), customer);
        if (created.status() != 201) {
            throw new AssertionError("opening a ticket failed: " + created);
        }
        return ((Number) created.get("id")).longValue();
    }

    ChatClient chat(long ticket, SignedInUser person) {
        return chat("/ws/tickets/" + ticket + "?ws_ticket=" + wsTicket(person));
    }

    /** A single-use socket ticket, as the chat page gets one before each connect. */
    String wsTicket(SignedInUser person) {
        Reply issued = post("/api/v1/ws-tickets", Map.of(), person);
        if (issued.status() != 201) {
            throw new AssertionError("no socket ticket: " + issued);
        }
        return issued.get("ticket");
    }

    ChatClient chat(String pathAndQuery) {
        return ChatClient.connect(json, ws(pathAndQuery), null, true);
    }

    /**
     * A client that stops reading after its first frame, as a stuck browser tab would. Silent too: a frame it sent
     * after the server closed would be answered with a TCP reset, which drops what it has not read yet (the close
     * frame among it). So only a long idle timeout keeps the idle timer from closing it first (ChatSocketTest).
     */
    ChatClient stalledChat(long ticket, SignedInUser person) {
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

    Reply get(String path, SignedInUser as) {
        return api.get(path, as.token());
    }

    Reply post(String path, Object body, SignedInUser as) {
        return api.post(path, body, as.token());
    }

    /** A page as a browser without a session gets it. */
    Api.TextReply page(String path) {
        return api.sendForText(HttpRequest.GET(path), null);
    }
}
