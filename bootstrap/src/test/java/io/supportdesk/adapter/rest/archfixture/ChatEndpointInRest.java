package io.supportdesk.adapter.rest.archfixture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.ServerWebSocket;

/** Deliberately misplaced and misnamed: a WebSocket endpoint in the REST adapter. Never a bean. */
@ServerWebSocket("/archfixture/chat")
@Requires(property = "supportdesk.archfixture.enabled")
public class ChatEndpointInRest {

    @OnMessage
    public void onMessage(String message) {
    }
}
