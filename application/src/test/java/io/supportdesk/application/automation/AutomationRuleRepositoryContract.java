package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link AutomationRuleRepository} must do; extended by the in-memory fake's test and the JDBC adapter's
 * test. The store is shared with other tests and nothing rolls back, so a test looks only at the rules it added, and
 * deletes them afterwards.
 */
public abstract class AutomationRuleRepositoryContract {

    /** Whole seconds, so the store's timestamp precision (PostgreSQL keeps microseconds) plays no part. */
    protected static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    protected abstract AutomationRuleRepository rules();

    /** Someone who exists in the store and may save rules. */
    protected abstract UserId anAdministrator();

    private final List<RuleId> added = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestAdded() {
        added.forEach(rules()::delete);
        added.clear();
    }

    /** A rule document as an administrator would send it, with a little of everything a document may hold. */
    protected static Map<String, Object> aDocument(String name, boolean active, int position) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("active", active);
        document.put("position", position);
        document.put("trigger", Map.of("type", "in_status_for", "status", "waiting_on_customer", "hours", 48));
        document.put("conditions", Map.of(
                "all", List.of(Map.of("field", "tags", "operator", "contains", "value", "vip")),
                "any", List.of(Map.of("field", "priority", "operator", "in", "value", List.of("high", "urgent")))));
        document.put("actions", List.of(
                Map.of("type", "set_priority", "value", "urgent"),
                Map.of("type", "add_tags", "value", List.of("escalated", "vip")),
                Map.of("type", "send_email", "template", "sla_warning", "to", "team")));
        return document;
    }

    private static Map<String, Object> aStatusRule(String name, boolean active, int position) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("active", active);
        document.put("position", position);
        document.put("trigger", Map.of("type", "status_changed"));
        document.put("actions", List.of(Map.of("type", "add_internal_note", "value", "Moved")));
        return document;
    }

    private StoredRule add(Map<String, Object> document, UserId savedBy, Instant now) {
        StoredRule stored = rules().add(RuleDefinition.parse(document).orElseThrow(), document, savedBy, now);
        added.add(stored.id());
        return stored;
    }

    private StoredRule add(Map<String, Object> document) {
        return add(document, anAdministrator(), NOW);
    }

    private List<RuleId> ours(List<StoredRule> rules) {
        return rules.stream().map(StoredRule::id).filter(added::contains).toList();
    }

    private List<Rule> activeOfOurs() {
        return rules().active().stream().filter(rule -> added.contains(rule.id())).toList();
    }

    @Test
    void an_added_rule_gets_an_id_and_is_found_as_written_with_who_saved_it_and_when() {
        UserId admin = anAdministrator();
        Map<String, Object> document = aDocument("Escalate VIP tickets left waiting", true, 3);

        StoredRule stored = add(document, admin, NOW);

        assertEquals(RuleDefinition.parse(document).orElseThrow(), stored.rule().definition());
        assertEquals(document, stored.document());
        assertEquals(admin, stored.savedBy());
        assertEquals(NOW, stored.createdAt());
        assertEquals(NOW, stored.updatedAt());
        assertEquals(Optional.of(stored), rules().find(stored.id()));
    }

    @Test
    void the_document_reads_back_as_it_was_written_nested_lists_numbers_and_flags_included() {
        Map<String, Object> document = aDocument("Round trip", false, 0);

        StoredRule found = rules().find(add(document).id()).orElseThrow();

        assertEquals(document, found.document());
        assertEquals(48, ((Map<?, ?>) found.document().get("trigger")).get("hours"));
        assertEquals(false, found.document().get("active"));
    }

    @Test
    void each_added_rule_gets_an_id_of_its_own() {
        StoredRule first = add(aDocument("First", true, 0));
        StoredRule second = add(aDocument("Second", true, 0));

        assertNotEquals(first.id(), second.id());
        assertEquals("First", rules().find(first.id()).orElseThrow().rule().definition().name().value());
        assertEquals("Second", rules().find(second.id()).orElseThrow().rule().definition().name().value());
    }

    @Test
    void an_unknown_rule_is_not_found() {
        RuleId unknown = new RuleId(Long.MAX_VALUE - 17);

        assertTrue(rules().find(unknown).isEmpty());
        assertFalse(rules().delete(unknown));
        Map<String, Object> document = aDocument("Nowhere", true, 0);
        assertTrue(rules().replace(unknown, RuleDefinition.parse(document).orElseThrow(), document,
                anAdministrator(), NOW).isEmpty());
        assertTrue(rules().find(unknown).isEmpty(), "replacing adds nothing");
    }

    @Test
    void every_rule_is_listed_by_position_then_by_id_active_or_not() {
        StoredRule third = add(aDocument("Third", true, 2));
        StoredRule first = add(aDocument("First", false, 0));
        StoredRule fourth = add(aDocument("Fourth", true, 5));
        StoredRule second = add(aStatusRule("Second", true, 0));

        assertEquals(List.of(first.id(), second.id(), third.id(), fourth.id()), ours(rules().all()));
        assertEquals(List.of(first, second, third, fourth),
                rules().all().stream().filter(rule -> added.contains(rule.id())).toList());
    }

    @Test
    void the_active_rules_are_the_parsed_rules_of_the_active_documents_only() {
        StoredRule on = add(aDocument("On", true, 1));
        StoredRule off = add(aDocument("Off", false, 0));
        StoredRule alsoOn = add(aStatusRule("Also on", true, 0));

        List<Rule> active = activeOfOurs();

        assertEquals(2, active.size(), active::toString);
        assertTrue(active.containsAll(List.of(on.rule(), alsoOn.rule())), active::toString);
        assertFalse(active.stream().anyMatch(rule -> rule.id().equals(off.id())));
    }

    @Test
    void a_replaced_rule_has_the_new_definition_document_and_saver_and_keeps_when_it_was_created() {
        StoredRule original = add(aDocument("Before", true, 4));
        UserId other = anAdministrator();
        Instant later = NOW.plus(Duration.ofHours(2));
        Map<String, Object> document = aStatusRule("After", false, 1);
        RuleDefinition definition = RuleDefinition.parse(document).orElseThrow();

        StoredRule replaced = rules().replace(original.id(), definition, document, other, later).orElseThrow();

        assertEquals(original.id(), replaced.id());
        assertEquals(definition, replaced.rule().definition());
        assertEquals(document, replaced.document());
        assertEquals(other, replaced.savedBy());
        assertEquals(NOW, replaced.createdAt());
        assertEquals(later, replaced.updatedAt());
        assertEquals(Optional.of(replaced), rules().find(original.id()));
        assertTrue(activeOfOurs().isEmpty(), "turned off by the replacement");
    }

    @Test
    void a_replacement_moves_the_rule_in_the_list_and_may_turn_it_on() {
        StoredRule moved = add(aDocument("Moved", false, 9));
        StoredRule stays = add(aDocument("Stays", true, 5));
        Map<String, Object> document = aDocument("Moved", true, 0);

        rules().replace(moved.id(), RuleDefinition.parse(document).orElseThrow(), document, anAdministrator(), NOW);

        assertEquals(List.of(moved.id(), stays.id()), ours(rules().all()));
        assertEquals(List.of(moved.id(), stays.id()),
                activeOfOurs().stream().map(Rule::id).sorted((a, b) -> Long.compare(a.value(), b.value())).toList());
    }

    @Test
    void a_deleted_rule_is_gone_and_the_others_stay() {
        StoredRule gone = add(aDocument("Gone", true, 0));
        StoredRule kept = add(aDocument("Kept", true, 0));

        assertTrue(rules().delete(gone.id()));

        assertTrue(rules().find(gone.id()).isEmpty());
        assertEquals(List.of(kept.id()), ours(rules().all()));
        assertEquals(List.of(kept.rule()), activeOfOurs());
        assertFalse(rules().delete(gone.id()), "there was none left to delete");
    }
}
