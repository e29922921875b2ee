package io.supportdesk.application.team;

import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;

import java.util.Map;
import java.util.Optional;

/** Round-robin cursors kept in a map the test can read (a kit's {@code roundRobinCursors}). */
public final class InMemoryRoundRobinCursors implements RoundRobinCursors {

    private final Map<Optional<TeamId>, UserId> cursors;

    public InMemoryRoundRobinCursors(Map<Optional<TeamId>, UserId> cursors) {
        this.cursors = cursors;
    }

    @Override
    public Optional<UserId> last(Optional<TeamId> team) {
        return Optional.ofNullable(cursors.get(team));
    }

    @Override
    public void moveTo(Optional<TeamId> team, UserId agent) {
        cursors.put(team, agent);
    }
}
