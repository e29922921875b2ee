package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.EmailTakenException;
import io.supportdesk.application.identity.StaleUserException;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.identity.port.out.UserSearch;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.UserSnapshot;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Users in PostgreSQL, with optimistic locking on {@code version} and the unique email index translated. */
@Singleton
@Transactional
public class JdbcUserRepository implements UserRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Serialises the admin count: see {@link #countActiveAdminsForUpdate()}. */
    private static final int LOCK_CLASS = 0x5d_0003;
    private static final int ADMINS = 0;

    private final UserRowRepository rows;
    private final UserRowMapper mapper;
    private final JdbcOperations jdbc;

    JdbcUserRepository(UserRowRepository rows, UserRowMapper mapper, JdbcOperations jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public UserId nextId() {
        return new UserId(jdbc.prepareStatement("SELECT nextval(pg_get_serial_sequence('users', 'id'))",
                statement -> {
                    try (var result = statement.executeQuery()) {
                        result.next();
                        return result.getLong(1);
                    }
                }));
    }

    @Override
    public User save(User user) {
        UserSnapshot snapshot = user.snapshot();
        UserRow row = mapper.toRow(snapshot);
        UserRow stored;
        try {
            if (snapshot.version() == 0 && !rows.existsById(row.id())) {
                stored = rows.save(row);
            } else {
                stored = rows.update(row);
            }
        } catch (OptimisticLockException e) {
            throw new StaleUserException(user.id());
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new EmailTakenException(snapshot.email());
            }
            throw e;
        }
        return User.restore(mapper.toSnapshot(stored));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(mapper::toSnapshot).map(User::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        String normalised = EmailAddress.normalise(email);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return rows.findByEmail(normalised).map(mapper::toSnapshot).map(User::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public List<User> search(UserSearch search, long offset, int limit) {
        Where where = Where.of(search);
        String sql = "SELECT * FROM users" + where.sql() + " ORDER BY id LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            int next = where.bind(statement);
            statement.setInt(next, limit);
            statement.setLong(next + 1, offset);
            // One query for the page, mapped through the same row type and mapper as every other read.
            try (var result = statement.executeQuery()) {
                return jdbc.entityStream(result, UserRow.class).map(mapper::toSnapshot).map(User::restore).toList();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public long count(UserSearch search) {
        Where where = Where.of(search);
        return jdbc.prepareStatement("SELECT count(*) FROM users" + where.sql(), statement -> {
            where.bind(statement);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Override
    public long countActiveAdminsForUpdate() {
        // Locking the admin rows is not enough when there are none: two instances starting at once on an empty
        // database both counted zero and both provisioned a first admin, each printing a password of which only the
        // last one written worked (faults/concurrent_start.py). A transaction lock taken first holds the second
        // until the first commits; the count is a statement of its own, after the wait, so it sees that commit.
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)", statement -> {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, ADMINS);
            return statement.execute();
        });
        // FOR UPDATE cannot be combined with count(*); lock the rows in a subquery and count those.
        return jdbc.prepareStatement("""
                SELECT count(*) FROM (
                    SELECT id FROM users WHERE role = 'admin' AND active FOR UPDATE
                ) AS admins""", statement -> {
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The WHERE clause of a search and its parameters, in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(UserSearch search) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            search.role().ifPresent(role -> {
                conditions.add("role = ?");
                parameters.add(role.code());
            });
            search.active().ifPresent(active -> {
                conditions.add("active = ?");
                parameters.add(active);
            });
            search.text().ifPresent(text -> {
                conditions.add("(strpos(lower(email), lower(?)) > 0 OR strpos(lower(full_name), lower(?)) > 0)");
                parameters.add(text);
                parameters.add(text);
            });
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        /** Binds the parameters from index 1; returns the next free index. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return index;
        }
    }
}
