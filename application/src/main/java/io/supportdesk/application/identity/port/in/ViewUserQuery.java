package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;

public record ViewUserQuery(Actor actor, UserId userId) {

    public ViewUserQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
    }
}
