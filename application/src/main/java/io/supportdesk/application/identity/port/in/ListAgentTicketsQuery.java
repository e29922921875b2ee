package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;

/** @param limit at most this many tickets, 1 to 500 */
public record ListAgentTicketsQuery(Actor actor, UserId agent, int limit) {

    public static final int MAX_LIMIT = 500;

    public ListAgentTicketsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(agent, "agent");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
    }
}
