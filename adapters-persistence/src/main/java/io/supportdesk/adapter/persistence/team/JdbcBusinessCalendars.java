package io.supportdesk.adapter.persistence.team;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.adapter.persistence.sla.BusinessCalendarJson;
import io.supportdesk.application.team.TeamConflictException;
import io.supportdesk.application.team.TeamNotFoundException;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;
import jakarta.inject.Singleton;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Named calendars in the {@code business_calendars} table, each definition one JSON document
 * ({@link BusinessCalendarJson}); the unique index on {@code lower(name)} decides which name is taken, and the teams'
 * foreign key which calendar is still in use.
 */
@Singleton
@Transactional
public class JdbcBusinessCalendars implements BusinessCalendars {

    private static final String COLUMNS = "id, name, definition, updated_at";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String NAME_KEY = "business_calendars_name_key";

    private final JdbcOperations jdbc;
    private final BusinessCalendarJson json;

    JdbcBusinessCalendars(JdbcOperations jdbc, BusinessCalendarJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public StoredCalendar add(String name, BusinessCalendar calendar, Instant now) {
        // ON CONFLICT answers "taken" atomically, also for two administrators at once, and without a database error.
        Optional<StoredCalendar> added = jdbc.prepareStatement("""
                INSERT INTO business_calendars (name, definition, created_at, updated_at) VALUES (?, ?::jsonb, ?, ?)
                ON CONFLICT ((lower(name))) DO NOTHING
                RETURNING\s""" + COLUMNS, statement -> {
            statement.setString(1, name);
            statement.setString(2, definition(calendar));
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setTimestamp(4, Timestamp.from(now));
            return single(statement);
        });
        return added.orElseThrow(() -> nameTaken(name));
    }

    @Override
    public StoredCalendar replace(BusinessCalendarId id, String name, BusinessCalendar calendar, Instant now) {
        Optional<StoredCalendar> replaced;
        try {
            replaced = jdbc.prepareStatement("""
                    UPDATE business_calendars SET name = ?, definition = ?::jsonb, updated_at = ?,
                                                  version = version + 1
                    WHERE id = ?
                    RETURNING\s""" + COLUMNS, statement -> {
                statement.setString(1, name);
                statement.setString(2, definition(calendar));
                statement.setTimestamp(3, Timestamp.from(now));
                statement.setLong(4, id.value());
                return single(statement);
            });
        } catch (DataAccessException e) {
            // An UPDATE has no ON CONFLICT: a rename onto a taken name can only be read from the index's refusal.
            if (violates(e, UNIQUE_VIOLATION, NAME_KEY)) {
                throw nameTaken(name);
            }
            throw e;
        }
        return replaced.orElseThrow(() -> notFound(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredCalendar> find(BusinessCalendarId id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM business_calendars WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return single(statement);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredCalendar> all() {
        // COLLATE "C": names in the order Java compares them, whatever the database's locale.
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM business_calendars ORDER BY lower(name) COLLATE \"C\", id", statement -> {
                    List<StoredCalendar> all = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            all.add(read(rows));
                        }
                    }
                    return all;
                });
    }

    @Override
    public boolean delete(BusinessCalendarId id) {
        // Read first: once the foreign key refuses the DELETE, the transaction can no longer say whose name it was.
        Optional<String> name = jdbc.prepareStatement("SELECT name FROM business_calendars WHERE id = ? FOR UPDATE",
                statement -> {
                    statement.setLong(1, id.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                    }
                });
        if (name.isEmpty()) {
            return false;
        }
        try {
            return jdbc.prepareStatement("DELETE FROM business_calendars WHERE id = ?", statement -> {
                statement.setLong(1, id.value());
                return statement.executeUpdate() > 0;
            });
        } catch (DataAccessException e) {
            // The foreign key, not a look at the teams beforehand: a team may take the calendar up at this moment.
            if (violates(e, FOREIGN_KEY_VIOLATION, null)) {
                throw new TeamConflictException("calendar '" + name.get()
                        + "' is used by a team; give the team another calendar first");
            }
            throw e;
        }
    }

    /**
     * {@link BusinessCalendarJson} writes 24×7 as null, which is what a ticket's copy means by "no calendar"; a named
     * calendar must be stored, zone and all, so a calendar open around the clock is spelt out as whole days, which
     * reads back as the same calendar.
     */
    private String definition(BusinessCalendar calendar) {
        String written = json.write(calendar);
        if (written != null) {
            return written;
        }
        String wholeDay = "[{\"from\": \"00:00\", \"to\": \"00:00\"}]";
        String week = Arrays.stream(DayOfWeek.values())
                .map(day -> "\"" + day.name().toLowerCase(Locale.ROOT) + "\": " + wholeDay)
                .collect(Collectors.joining(", ", "{", "}"));
        // Zone ids are letters, digits and / _ - + ~ . only, so they need no JSON escaping.
        return "{\"time_zone\": \"" + calendar.zone().getId() + "\", \"week\": " + week + ", \"holidays\": []}";
    }

    private Optional<StoredCalendar> single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private StoredCalendar read(ResultSet row) throws SQLException {
        return new StoredCalendar(new BusinessCalendarId(row.getLong("id")), row.getString("name"),
                json.read(row.getString("definition")), row.getTimestamp("updated_at").toInstant());
    }

    private static TeamConflictException nameTaken(String name) {
        return new TeamConflictException("a calendar named '" + name + "' already exists");
    }

    private static TeamNotFoundException notFound(BusinessCalendarId id) {
        return new TeamNotFoundException("no business calendar with id " + id.value());
    }

    /** Whether the database refused with this SQL state, on this constraint (null: on any). */
    private static boolean violates(Throwable e, String sqlState, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException sql && sqlState.equals(sql.getSQLState())) {
                ServerErrorMessage detail = sql.getServerErrorMessage();
                return constraint == null || detail != null && constraint.equals(detail.getConstraint());
            }
        }
        return false;
    }
}
