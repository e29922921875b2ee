package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.Optional;

/**
 * Who a token's subject is right now: empty when the account no longer exists or is deactivated, so a token issued
 * before a deactivation stops working on the next request rather than when it expires.
 */
public interface IdentifyCallerUseCase {

    Optional<Actor> identify(UserId userId);
}
