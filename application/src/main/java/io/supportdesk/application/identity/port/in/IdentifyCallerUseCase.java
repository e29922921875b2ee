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

    /**
     * Whether a credential that names {@code claimed} (an access token's subject and role) still holds: the current
     * actor while the account is active and still has that role, empty once it is deactivated or moved to another
     * role. REST requests and open chat sockets both ask this, so a token stops working everywhere at once.
     */
    Optional<Actor> confirm(Actor claimed);
}
