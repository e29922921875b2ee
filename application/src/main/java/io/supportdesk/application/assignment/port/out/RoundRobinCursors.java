package io.supportdesk.application.assignment.port.out;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;

import java.util.Optional;

/** The durable round-robin cursor: who got the last ticket, per team (or for tickets without a team). */
public interface RoundRobinCursors {

    Optional<UserId> last(Optional<TeamId> team);

    void moveTo(Optional<TeamId> team, UserId agent);
}
