package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules table in memory, for use-case tests. It passes the same {@link AutomationRuleRepositoryContract} as the
 * JDBC adapter, and like it keeps the document and parses it again on every read (so what is read is what the
 * document says); a document that does not parse is left out of every read, as there.
 */
public final class InMemoryAutomationRuleRepository implements AutomationRuleRepository {

    /** A row: the copies of the definition the table orders and filters by, and the document itself. */
    private record Row(long id, boolean active, int position, Map<String, Object> document, UserId savedBy,
                       Instant createdAt, Instant updatedAt) {
    }

    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private long sequence;

    @Override
    public synchronized List<Rule> active() {
        return rows.values().stream().filter(Row::active).map(InMemoryAutomationRuleRepository::read)
                .flatMap(Optional::stream).map(StoredRule::rule).toList();
    }

    @Override
    public synchronized List<StoredRule> all() {
        return rows.values().stream().sorted(Comparator.comparingInt(Row::position).thenComparingLong(Row::id))
                .map(InMemoryAutomationRuleRepository::read).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized Optional<StoredRule> find(RuleId id) {
        return Optional.ofNullable(rows.get(id.value())).flatMap(InMemoryAutomationRuleRepository::read);
    }

    @Override
    public synchronized StoredRule add(RuleDefinition definition, Map<String, Object> document, UserId savedBy,
                                       Instant now) {
        Row row = new Row(++sequence, definition.active(), definition.position(), Map.copyOf(document), savedBy, now,
                now);
        rows.put(row.id(), row);
        return stored(row, definition);
    }

    @Override
    public synchronized Optional<StoredRule> replace(RuleId id, RuleDefinition definition,
                                                     Map<String, Object> document, UserId savedBy, Instant now) {
        Row stored = rows.get(id.value());
        if (stored == null) {
            return Optional.empty();
        }
        Row row = new Row(stored.id(), definition.active(), definition.position(), Map.copyOf(document), savedBy,
                stored.createdAt(), now);
        rows.put(row.id(), row);
        return Optional.of(stored(row, definition));
    }

    @Override
    public synchronized boolean delete(RuleId id) {
        return rows.remove(id.value()) != null;
    }

    private static Optional<StoredRule> read(Row row) {
        return RuleDefinition.parse(row.document()) instanceof RuleDefinition.Parsed.Valid valid
                ? Optional.of(stored(row, valid.definition()))
                : Optional.empty();
    }

    private static StoredRule stored(Row row, RuleDefinition definition) {
        return new StoredRule(new Rule(new RuleId(row.id()), definition), row.document(), row.savedBy(),
                row.createdAt(), row.updatedAt());
    }
}
