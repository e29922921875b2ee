package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;

import java.time.Duration;

/**
 * A ticket that opens one chat socket as the caller, for clients that cannot send a header on a WebSocket (every
 * browser): the access token then never appears in a URL, where proxies and logs keep it.
 */
public interface IssueSocketTicketUseCase {

    SocketTicket issue(Actor actor);

    /** The opaque value for {@code ?ws_ticket=}, valid once within {@code validFor}. */
    record SocketTicket(String value, Duration validFor) {
    }
}
