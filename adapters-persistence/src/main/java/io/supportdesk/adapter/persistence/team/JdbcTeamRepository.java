package io.supportdesk.adapter.persistence.team;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.team.TeamConflictException;
import io.supportdesk.application.team.TeamNotFoundException;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.Team;
import jakarta.inject.Singleton;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Teams in the {@code teams} table; the unique index on {@code lower(name)} decides which name is taken. */
@Singleton
@Transactional
public class JdbcTeamRepository implements TeamRepository {

    private static final String COLUMNS = "id, name, description, active, time_zone, calendar_id, assignment_strategy, "
            + "auto_assign, created_at, updated_at, version";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String NAME_KEY = "teams_name_key";

    private final JdbcOperations jdbc;

    JdbcTeamRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Team add(Team team) {
        Team.Snapshot snapshot = team.snapshot();
        if (snapshot.id() != null) {
            throw new IllegalArgumentException("team " + snapshot.id().value() + " is stored already; save it");
        }
        // ON CONFLICT answers "taken" atomically, also for two administrators at once, and without a database error.
        Optional<Team> added = jdbc.prepareStatement("""
                INSERT INTO teams (name, description, active, time_zone, calendar_id, assignment_strategy, auto_assign,
                                   created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ((lower(name))) DO NOTHING
                RETURNING\s""" + COLUMNS, statement -> {
            int next = bindSettings(statement, snapshot);
            statement.setTimestamp(next, Timestamp.from(snapshot.createdAt()));
            statement.setTimestamp(next + 1, Timestamp.from(snapshot.updatedAt()));
            return single(statement);
        });
        return added.orElseThrow(() -> nameTaken(snapshot.name()));
    }

    @Override
    public Team save(Team team) {
        Team.Snapshot snapshot = team.snapshot();
        Optional<Team> saved;
        try {
            saved = jdbc.prepareStatement("""
                    UPDATE teams SET name = ?, description = ?, active = ?, time_zone = ?, calendar_id = ?,
                                     assignment_strategy = ?, auto_assign = ?, updated_at = ?, version = version + 1
                    WHERE id = ?
                    RETURNING\s""" + COLUMNS, statement -> {
                int next = bindSettings(statement, snapshot);
                statement.setTimestamp(next, Timestamp.from(snapshot.updatedAt()));
                statement.setLong(next + 1, snapshot.id().value());
                return single(statement);
            });
        } catch (DataAccessException e) {
            // An UPDATE has no ON CONFLICT: a rename onto a taken name can only be read from the index's refusal.
            if (violates(e, UNIQUE_VIOLATION, NAME_KEY)) {
                throw nameTaken(snapshot.name());
            }
            throw e;
        }
        return saved.orElseThrow(() -> new TeamNotFoundException("no team with id " + snapshot.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Team> find(TeamId id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM teams WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return single(statement);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> all() {
        // COLLATE "C": names in the order Java compares them, whatever the database's locale.
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM teams ORDER BY lower(name) COLLATE \"C\", id",
                statement -> {
                    List<Team> all = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            all.add(read(rows));
                        }
                    }
                    return all;
                });
    }

    private static TeamConflictException nameTaken(String name) {
        return new TeamConflictException("a team named '" + name + "' already exists");
    }

    /** Binds the settings from index 1, in the order of the INSERT and UPDATE above; returns the next free index. */
    private static int bindSettings(PreparedStatement statement, Team.Snapshot snapshot) throws SQLException {
        statement.setString(1, snapshot.name());
        statement.setString(2, snapshot.description());
        statement.setBoolean(3, snapshot.active());
        statement.setString(4, snapshot.timeZone().getId());
        if (snapshot.calendar().isPresent()) {
            statement.setLong(5, snapshot.calendar().get().value());
        } else {
            statement.setNull(5, Types.BIGINT);
        }
        statement.setString(6, snapshot.strategy());
        statement.setBoolean(7, snapshot.autoAssign());
        return 8;
    }

    private static Optional<Team> single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static Team read(ResultSet row) throws SQLException {
        return Team.restore(new Team.Snapshot(new TeamId(row.getLong("id")), row.getString("name"),
                row.getString("description"), row.getBoolean("active"), ZoneId.of(row.getString("time_zone")),
                Optional.ofNullable(row.getObject("calendar_id", Long.class)).map(BusinessCalendarId::new),
                row.getString("assignment_strategy"), row.getBoolean("auto_assign"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getLong("version")));
    }

    private static boolean violates(Throwable e, String sqlState, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException sql && sqlState.equals(sql.getSQLState())) {
                ServerErrorMessage detail = sql.getServerErrorMessage();
                return detail != null && constraint.equals(detail.getConstraint());
            }
        }
        return false;
    }
}
