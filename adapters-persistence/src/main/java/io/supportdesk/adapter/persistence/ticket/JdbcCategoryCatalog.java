package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.CategoryExistsException;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Categories from the {@code categories} table; SLA overrides are stored in whole minutes. */
@Singleton
@Transactional
public class JdbcCategoryCatalog implements CategoryCatalog {

    private static final String COLUMNS =
            "code, name, description, required_skill, first_response_minutes, resolution_minutes, active, team_id";

    private final JdbcOperations jdbc;

    JdbcCategoryCatalog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Category> find(CategoryCode code) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM categories WHERE code = ?", statement -> {
            statement.setString(1, code.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Category> all() {
        // COLLATE "C": code order as Java compares strings, whatever the database's locale.
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM categories ORDER BY code COLLATE \"C\"", statement -> {
            List<Category> all = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.add(read(rows));
                }
            }
            return all;
        });
    }

    @Override
    public Category add(Category category) {
        // ON CONFLICT DO NOTHING decides "taken" atomically, even when two administrators add the same code at once.
        int inserted = jdbc.prepareStatement("""
                INSERT INTO categories (code, name, description, required_skill, first_response_minutes,
                                        resolution_minutes, active, team_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (code) DO NOTHING""", statement -> {
            bind(statement, category);
            return statement.executeUpdate();
        });
        if (inserted == 0) {
            throw new CategoryExistsException(category.code());
        }
        return category;
    }

    @Override
    public Category save(Category category) {
        jdbc.prepareStatement("""
                INSERT INTO categories (code, name, description, required_skill, first_response_minutes,
                                        resolution_minutes, active, team_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description,
                    required_skill = excluded.required_skill, first_response_minutes = excluded.first_response_minutes,
                    resolution_minutes = excluded.resolution_minutes, active = excluded.active,
                    team_id = excluded.team_id, updated_at = excluded.updated_at""", statement -> {
            bind(statement, category);
            return statement.executeUpdate();
        });
        return category;
    }

    private static void bind(PreparedStatement statement, Category category) throws SQLException {
        statement.setString(1, category.code().value());
        statement.setString(2, category.name());
        statement.setString(3, category.description());
        statement.setString(4, category.requiredSkill().orElse(null));
        setMinutes(statement, 5, category.firstResponseOverride());
        setMinutes(statement, 6, category.resolutionOverride());
        statement.setBoolean(7, category.active());
        if (category.team().isPresent()) {
            statement.setLong(8, category.team().get().value());
        } else {
            statement.setNull(8, Types.BIGINT);
        }
    }

    private static void setMinutes(PreparedStatement statement, int index, Optional<Duration> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get().toMinutes());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static Category read(ResultSet row) throws SQLException {
        return new Category(new CategoryCode(row.getString("code")), row.getString("name"),
                row.getString("description"), Optional.ofNullable(row.getString("required_skill")),
                minutes(row, "first_response_minutes"), minutes(row, "resolution_minutes"), row.getBoolean("active"),
                Optional.ofNullable((Long) row.getObject("team_id", Long.class)).map(TeamId::new));
    }

    private static Optional<Duration> minutes(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.ofMinutes(value));
    }
}
