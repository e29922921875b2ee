package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

public record ListAgentsQuery(Actor actor) {

    public ListAgentsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
