package io.supportdesk.domain.team;

import io.supportdesk.domain.identity.TeamId;

import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;

/** One staff member's place in one team. */
public record TeamMember(TeamId team, UserId user, TeamRole role, Instant joinedAt) {

    public TeamMember {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
