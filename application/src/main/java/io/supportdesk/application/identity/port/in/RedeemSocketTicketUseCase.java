package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Optional;

/** Who a socket ticket was issued to, if it is valid, unused and its account still active; it is used up. */
public interface RedeemSocketTicketUseCase {

    Optional<Actor> redeem(String ticket);
}
