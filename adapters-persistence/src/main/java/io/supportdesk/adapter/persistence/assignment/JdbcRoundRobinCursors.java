package io.supportdesk.adapter.persistence.assignment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The cursor in {@code assignment_cursors}; team 0 stands for tickets without a team. */
@Singleton
@Transactional
public class JdbcRoundRobinCursors implements RoundRobinCursors {

    private static final long NO_TEAM = 0;

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcRoundRobinCursors(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<UserId> last(Optional<TeamId> team) {
        // Two assignments in one team at once must not both read the same cursor, nor the same workloads, and pick
        // the same agent: a transaction lock per team (taken even before the team's first cursor row exists) holds
        // the second until the first commits. Callers take it before they read the candidates. The cursor is read by
        // a statement of its own, after the wait: a statement sees the data as it was when it began, so one that
        // waited for the lock inside itself would read the cursor from before the first assignment committed.
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)", statement -> {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, (int) key(team));
            return statement.execute();
        });
        return jdbc.prepareStatement("SELECT last_agent_id FROM assignment_cursors WHERE team_id = ?", statement -> {
            statement.setLong(1, key(team));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new UserId(rows.getLong(1))) : Optional.<UserId>empty();
            }
        });
    }

    @Override
    public void moveTo(Optional<TeamId> team, UserId agent) {
        jdbc.prepareStatement("""
                INSERT INTO assignment_cursors (team_id, last_agent_id, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (team_id) DO UPDATE SET last_agent_id = excluded.last_agent_id,
                    updated_at = excluded.updated_at""", statement -> {
            statement.setLong(1, key(team));
            statement.setLong(2, agent.value());
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
    }

    /** The advisory-lock space of assignment (the other number is the team's id, or NO_TEAM). */
    private static final int LOCK_CLASS = 0x5d_0001;

    private static long key(Optional<TeamId> team) {
        return team.map(TeamId::value).orElse(NO_TEAM);
    }
}
