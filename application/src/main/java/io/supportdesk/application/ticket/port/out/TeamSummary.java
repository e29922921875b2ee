package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.identity.TeamId;

import java.util.Objects;
import java.util.Optional;

/** A ticket's team as its view shows it: the name, and the name of the business calendar it counts SLA time in. */
public record TeamSummary(TeamId id, String name, Optional<String> calendar) {

    public TeamSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
    }
}
