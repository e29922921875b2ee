package io.supportdesk.adapter.persistence.automation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code automation_rules}, joining the caller's transaction or opening one. The document is the rule: every read
 * parses it again with {@link RuleDefinition#parse}. A stored document that today's parser refuses (a field or an
 * action since removed, say) is left out of every read — {@link #active()}, {@link #all()} and {@link #find} alike,
 * since a {@link StoredRule} is a parsed rule — with a warning naming the rule and what is wrong with it; it can
 * still be replaced or deleted by id.
 */
@Singleton
@Transactional
public class JdbcAutomationRuleRepository implements AutomationRuleRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAutomationRuleRepository.class);
    private static final String COLUMNS = "id, document::text AS document, saved_by, created_at, updated_at";

    private final JdbcOperations jdbc;
    private final AutomationRows rows;

    JdbcAutomationRuleRepository(JdbcOperations jdbc, AutomationRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rule> active() {
        return jdbc.prepareStatement("SELECT id, document::text AS document FROM automation_rules WHERE active "
                + "ORDER BY position, id", statement -> {
                    try (ResultSet found = statement.executeQuery()) {
                        List<Rule> rules = new ArrayList<>();
                        while (found.next()) {
                            RuleId id = new RuleId(found.getLong("id"));
                            parsed(id, rows.document(found.getString("document")))
                                    .ifPresent(definition -> rules.add(new Rule(id, definition)));
                        }
                        return rules;
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredRule> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM automation_rules ORDER BY position, id",
                statement -> {
                    try (ResultSet found = statement.executeQuery()) {
                        List<StoredRule> stored = new ArrayList<>();
                        while (found.next()) {
                            read(found).ifPresent(stored::add);
                        }
                        return stored;
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRule> find(RuleId id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM automation_rules WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            try (ResultSet found = statement.executeQuery()) {
                return found.next() ? read(found) : Optional.empty();
            }
        });
    }

    @Override
    public StoredRule add(RuleDefinition definition, Map<String, Object> document, UserId savedBy, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO automation_rules (name, active, position, trigger_type, document, saved_by, created_at,
                                              updated_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                RETURNING\s""" + COLUMNS, statement -> {
            statement.setString(1, definition.name().value());
            statement.setBoolean(2, definition.active());
            statement.setInt(3, definition.position());
            statement.setString(4, definition.trigger().code());
            statement.setString(5, rows.write(document));
            statement.setLong(6, savedBy.value());
            AutomationRows.setInstant(statement, 7, now);
            AutomationRows.setInstant(statement, 8, now);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return stored(row, definition);
            }
        });
    }

    @Override
    public Optional<StoredRule> replace(RuleId id, RuleDefinition definition, Map<String, Object> document,
                                        UserId savedBy, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE automation_rules SET name = ?, active = ?, position = ?, trigger_type = ?, document = ?::jsonb,
                                            saved_by = ?, updated_at = ?
                WHERE id = ?
                RETURNING\s""" + COLUMNS, statement -> {
            statement.setString(1, definition.name().value());
            statement.setBoolean(2, definition.active());
            statement.setInt(3, definition.position());
            statement.setString(4, definition.trigger().code());
            statement.setString(5, rows.write(document));
            statement.setLong(6, savedBy.value());
            AutomationRows.setInstant(statement, 7, now);
            statement.setLong(8, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(stored(row, definition)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean delete(RuleId id) {
        // Its runs and fired periods go with it (ON DELETE CASCADE); the audit trail keeps its name.
        return jdbc.prepareStatement("DELETE FROM automation_rules WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return statement.executeUpdate() == 1;
        });
    }

    private Optional<StoredRule> read(ResultSet row) throws SQLException {
        RuleId id = new RuleId(row.getLong("id"));
        Map<String, Object> document = rows.document(row.getString("document"));
        Optional<RuleDefinition> definition = parsed(id, document);
        return definition.isEmpty() ? Optional.empty() : Optional.of(stored(row, definition.get(), document));
    }

    /** A rule just written: the definition the caller parsed, the document as the table gives it back. */
    private StoredRule stored(ResultSet row, RuleDefinition definition) throws SQLException {
        return stored(row, definition, rows.document(row.getString("document")));
    }

    private static StoredRule stored(ResultSet row, RuleDefinition definition, Map<String, Object> document)
            throws SQLException {
        return new StoredRule(new Rule(new RuleId(row.getLong("id")), definition), document,
                new UserId(row.getLong("saved_by")), AutomationRows.instant(row, "created_at"),
                AutomationRows.instant(row, "updated_at"));
    }

    private static Optional<RuleDefinition> parsed(RuleId id, Map<String, Object> document) {
        return switch (RuleDefinition.parse(document)) {
            case RuleDefinition.Parsed.Valid valid -> Optional.of(valid.definition());
            case RuleDefinition.Parsed.Invalid invalid -> {
                LOG.warn("Automation rule {} is left out: its stored document no longer parses: {}", id.value(),
                        invalid.violations());
                yield Optional.empty();
            }
        };
    }
}
