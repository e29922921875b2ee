package io.supportdesk.adapter.persistence.automation;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.automation.AutomationRuleRepositoryContract;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule repository contract against real PostgreSQL, and what only the table can show. */
@AdapterTest
class JdbcAutomationRuleRepositoryTest extends AutomationRuleRepositoryContract {

    @Inject
    JdbcAutomationRuleRepository rules;
    @Inject
    TestRows rows;

    @Override
    protected AutomationRuleRepository rules() {
        return rules;
    }

    @Override
    protected UserId anAdministrator() {
        return rows.user(Role.ADMIN);
    }

    private StoredRule add(Map<String, Object> document) {
        return rules.add(RuleDefinition.parse(document).orElseThrow(), document, anAdministrator(), NOW);
    }

    @Test
    void the_columns_beside_the_document_are_copies_of_the_parsed_definition() {
        StoredRule stored = add(aDocument("  Escalate waiting VIPs ", false, 7));
        try {
            long id = stored.id().value();
            assertEquals(1, rows.number("SELECT count(*) FROM automation_rules WHERE id = ? AND name = ? "
                    + "AND NOT active AND position = 7 AND trigger_type = 'in_status_for'", id,
                    "Escalate waiting VIPs"));
        } finally {
            rules.delete(stored.id());
        }
    }

    @Test
    void a_stored_document_the_parser_no_longer_accepts_is_left_out_of_every_read_with_a_warning() {
        StoredRule broken = add(aDocument("Once valid", true, 0));
        StoredRule fine = add(aDocument("Still valid", true, 0));
        Logger log = (Logger) LoggerFactory.getLogger(JdbcAutomationRuleRepository.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            // As if an action type had since been removed from the parser.
            rows.execute("UPDATE automation_rules SET document = jsonb_set(document, '{actions,0,type}', "
                    + "'\"set_mood\"') WHERE id = ?", broken.id().value());

            assertTrue(rules.find(broken.id()).isEmpty());
            assertFalse(rules.all().stream().anyMatch(rule -> rule.id().equals(broken.id())));
            assertFalse(rules.active().stream().anyMatch(rule -> rule.id().equals(broken.id())));
            assertTrue(rules.active().contains(fine.rule()), "the others are still read");
            assertTrue(logged.list.stream().anyMatch(event -> event.getLevel() == Level.WARN
                    && event.getFormattedMessage().contains("rule " + broken.id().value())
                    && event.getFormattedMessage().contains("actions[0].type")), () -> logged.list.toString());

            Map<String, Object> repaired = aDocument("Repaired", true, 0);
            assertTrue(rules.replace(broken.id(), RuleDefinition.parse(repaired).orElseThrow(), repaired,
                    anAdministrator(), NOW).isPresent(), "still replaceable by id");
            assertEquals("Repaired", rules.find(broken.id()).orElseThrow().rule().definition().name().value());
        } finally {
            log.detachAppender(logged);
            rules.delete(broken.id());
            rules.delete(fine.id());
        }
    }

    @Test
    void deleting_a_rule_keeps_the_audit_trail_that_names_it() {
        StoredRule rule = add(aDocument("Named in history", true, 0));
        var ticket = rows.bareTicket();
        rows.execute("INSERT INTO ticket_history (ticket_id, event_id, kind, occurred_at, rule_id, rule_name) "
                + "VALUES (?, gen_random_uuid(), 'priority_changed', now(), ?, ?)", ticket.value(), rule.id().value(),
                "Named in history");

        assertTrue(rules.delete(rule.id()));

        assertEquals(1, rows.number("SELECT count(*) FROM ticket_history WHERE ticket_id = ? AND rule_id = ? "
                + "AND rule_name = 'Named in history'", ticket.value(), rule.id().value()));
    }
}
