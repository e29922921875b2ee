package io.supportdesk.domain.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleDefinitionParseTest {

    private static Map<String, Object> validRule() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", "  Escalate VIP waiting tickets ");
        rule.put("active", true);
        rule.put("position", 3);
        rule.put("trigger", Map.of("type", "in_status_for", "status", "waiting_on_customer", "hours", 48));
        rule.put("conditions", Map.of(
                "all", List.of(Map.of("field", "tags", "operator", "contains", "value", "vip")),
                "any", List.of(Map.of("field", "priority", "operator", "in", "value", List.of("high", "urgent")),
                        Map.of("field", "custom_field", "key", "plan", "operator", "is", "value", "gold"))));
        rule.put("actions", List.of(
                Map.of("type", "set_priority", "value", "urgent"),
                Map.of("type", "set_status", "value", "resolved"),
                Map.of("type", "set_team", "value", 4),
                Map.of("type", "set_assignee", "value", "auto"),
                Map.of("type", "set_assignee", "value", 12),
                Map.of("type", "add_tags", "value", List.of("escalated", "VIP")),
                Map.of("type", "remove_tags", "value", "waiting"),
                Map.of("type", "add_internal_note", "value", "Escalated by rule"),
                Map.of("type", "send_email", "template", "sla_warning", "to", "team"),
                Map.of("type", "send_email", "template", "sla_warning", "to", "boss@example.com"),
                Map.of("type", "call_webhook", "webhook_id", 9)));
        return rule;
    }

    private static Map<String, String> violations(Object raw) {
        RuleDefinition.Parsed parsed = RuleDefinition.parse(raw);
        RuleDefinition.Parsed.Invalid invalid = assertInstanceOf(RuleDefinition.Parsed.Invalid.class, parsed);
        return invalid.violations().stream().collect(Collectors.toMap(RuleViolation::field, RuleViolation::getMessage,
                (a, b) -> a + " | " + b, LinkedHashMap::new));
    }

    private static Map<String, Object> withOne(String key, Object value) {
        Map<String, Object> rule = validRule();
        rule.put(key, value);
        return rule;
    }

    private static Map<String, Object> withCondition(Map<String, Object> condition) {
        return withOne("conditions", Map.of("all", List.of(condition)));
    }

    private static Map<String, Object> withAction(Map<String, Object> action) {
        return withOne("actions", List.of(action));
    }

    @Test
    void a_complete_rule_is_read_into_its_types() {
        RuleDefinition rule = RuleDefinition.parse(validRule()).orElseThrow();

        assertEquals("Escalate VIP waiting tickets", rule.name().value());
        assertEquals(3, rule.position());
        assertEquals(new Trigger.InStatusFor(TicketStatus.WAITING_ON_CUSTOMER, 48), rule.trigger());
        assertEquals(new Condition.TagCondition(Operator.CONTAINS, "vip"), rule.conditions().all().getFirst());
        assertEquals(2, rule.conditions().any().size());
        assertEquals(List.of(
                new Action.SetPriority(Priority.URGENT),
                new Action.SetStatus(TicketStatus.RESOLVED),
                new Action.SetTeam(new TeamId(4)),
                new Action.SetAssignee(new Action.AssigneeChoice.ByTeamStrategy()),
                new Action.SetAssignee(new Action.AssigneeChoice.Agent(new UserId(12))),
                new Action.AddTags(Tags.of("escalated", "vip")),
                new Action.RemoveTags(Tags.of("waiting")),
                new Action.AddInternalNote("Escalated by rule"),
                new Action.SendEmail("sla_warning", new Action.Recipient.Team()),
                new Action.SendEmail("sla_warning", new Action.Recipient.Address(new EmailAddress("boss@example.com"))),
                new Action.CallWebhook(new WebhookId(9))), rule.actions());
    }

    @Test
    void active_position_and_conditions_may_be_left_out() {
        RuleDefinition rule = RuleDefinition.parse(Map.of("name", "Tag chats",
                "trigger", Map.of("type", "ticket_created"),
                "actions", List.of(Map.of("type", "add_tags", "value", "chat")))).orElseThrow();

        assertTrue(rule.active());
        assertEquals(0, rule.position());
        assertEquals(Conditions.none(), rule.conditions());
    }

    @Test
    void every_trigger_type_is_read() {
        Map<Object, Trigger> expected = new LinkedHashMap<>();
        expected.put(Map.of("type", "ticket_created"), new Trigger.TicketCreated());
        expected.put(Map.of("type", "ticket_updated"), new Trigger.TicketUpdated());
        expected.put(Map.of("type", "status_changed"), new Trigger.StatusChanged());
        expected.put(Map.of("type", "comment_added"), Trigger.CommentAdded.any());
        expected.put(Map.of("type", "comment_added", "visibility", "public", "author", "customer"),
                new Trigger.CommentAdded(Trigger.CommentVisibility.PUBLIC, Trigger.CommentAuthor.CUSTOMER));
        expected.put(Map.of("type", "comment_added", "visibility", "internal"),
                new Trigger.CommentAdded(Trigger.CommentVisibility.INTERNAL, Trigger.CommentAuthor.ANY));
        expected.put(Map.of("type", "sla_at_risk"), new Trigger.SlaAtRisk(Optional.empty()));
        expected.put(Map.of("type", "sla_breached", "clock", "first_response"),
                new Trigger.SlaBreached(Optional.of(SlaClockKind.FIRST_RESPONSE)));
        expected.put(Map.of("type", "no_customer_reply_for", "hours", 72), new Trigger.NoCustomerReplyFor(72));
        expected.forEach((raw, trigger) ->
                assertEquals(trigger, RuleDefinition.parse(withOne("trigger", raw)).orElseThrow().trigger()));
    }

    // ---- the top level

    @Test
    void a_rule_that_is_not_an_object_is_refused() {
        assertEquals(Map.of("rule", "must be an object"), violations(List.of()));
    }

    @Test
    void missing_parts_are_each_required() {
        assertEquals(Map.of("name", "is required", "trigger", "is required", "actions", "is required"),
                violations(Map.of()));
    }

    @Test
    void unknown_fields_are_named() {
        Map<String, String> found = violations(withOne("priority", "high"));
        assertEquals(List.of("priority"), List.copyOf(found.keySet()));
        assertTrue(found.get("priority").startsWith("unknown field; allowed: name, active"));
    }

    @Test
    void name_length_active_and_position_are_checked() {
        Map<String, Object> rule = validRule();
        rule.put("name", "x".repeat(101));
        rule.put("active", "yes");
        rule.put("position", -1);
        assertEquals(Map.of(
                "name", "must be at most 100 characters, was 101",
                "active", "must be true or false",
                "position", "must not be negative, was -1"), violations(rule));
        assertEquals(Map.of("name", "must not be empty"), violations(withOne("name", "   ")));
        assertEquals(Map.of("position", "must be a whole number"), violations(withOne("position", 1.5)));
    }

    // ---- the trigger

    @Test
    void trigger_mistakes_are_reported_at_their_path() {
        assertEquals(Map.of("trigger.type", "is required"), violations(withOne("trigger", Map.of())));
        assertTrue(violations(withOne("trigger", Map.of("type", "ticket_deleted"))).get("trigger.type")
                .startsWith("unknown trigger 'ticket_deleted'; allowed: ticket_created"));
        assertEquals(Map.of("trigger.hours", "must be a whole number of hours from 1 to 8760, was 0"),
                violations(withOne("trigger", Map.of("type", "no_customer_reply_for", "hours", 0))));
        assertEquals(Map.of("trigger.hours", "must be a whole number of hours from 1 to 8760, was -4"),
                violations(withOne("trigger", Map.of("type", "in_status_for", "status", "open", "hours", -4))));
        assertEquals(Map.of("trigger.status", "is required", "trigger.hours", "must be a whole number"),
                violations(withOne("trigger", Map.of("type", "in_status_for", "hours", "48"))));
        assertTrue(violations(withOne("trigger", Map.of("type", "in_status_for", "status", "pending", "hours", 4)))
                .get("trigger.status").startsWith("unknown ticket status 'pending'; allowed: open"));
        assertTrue(violations(withOne("trigger", Map.of("type", "sla_breached", "clock", "response")))
                .get("trigger.clock").startsWith("unknown value 'response'; allowed: first_response, resolution"));
        assertTrue(violations(withOne("trigger", Map.of("type", "ticket_created", "hours", 4)))
                .get("trigger.hours").startsWith("unknown field"));
    }

    @Test
    void a_comment_trigger_that_could_never_fire_is_refused() {
        assertEquals(Map.of("trigger.author",
                        "customers never write internal comments, so this trigger could never fire"),
                violations(withOne("trigger", Map.of("type", "comment_added", "visibility", "internal",
                        "author", "customer"))));
    }

    // ---- conditions

    @Test
    void condition_mistakes_are_reported_at_their_index() {
        Map<String, Object> rule = withOne("conditions", Map.of(
                "all", List.of(
                        Map.of("field", "status", "operator", "is", "value", "open"),
                        Map.of("field", "mood", "operator", "is", "value", "angry"),
                        Map.of("field", "status", "operator", "contains", "value", "open"),
                        Map.of("field", "priority", "operator", "is", "value", "critical")),
                "any", List.of(
                        Map.of("field", "assignee", "operator", "is"),
                        Map.of("field", "assignee", "operator", "unassigned", "value", 3),
                        Map.of("field", "title", "operator", "matches", "value", "x"))));

        Map<String, String> found = violations(rule);

        assertEquals(List.of("conditions.all[1].field", "conditions.all[2].operator", "conditions.all[3].value",
                "conditions.any[0].value", "conditions.any[1].value", "conditions.any[2].operator"),
                List.copyOf(found.keySet()));
        assertTrue(found.get("conditions.all[1].field").startsWith("unknown field 'mood'; allowed: status,"));
        assertEquals("'contains' is not an operator for status; allowed: is, is_not, in, not_in",
                found.get("conditions.all[2].operator"));
        assertTrue(found.get("conditions.all[3].value").startsWith("unknown priority 'critical'"));
        assertEquals("is required", found.get("conditions.any[0].value"));
        assertEquals("must not be given with 'unassigned'", found.get("conditions.any[1].value"));
        assertTrue(found.get("conditions.any[2].operator").startsWith("unknown operator 'matches'"));
    }

    @Test
    void list_values_are_checked_item_by_item() {
        Map<String, String> found = violations(withCondition(
                Map.of("field", "channel", "operator", "in", "value", List.of("web", "fax", 3))));
        assertTrue(found.get("conditions.all[0].value[1]").startsWith("unknown ticket channel 'fax'"));
        assertEquals("must be a text", found.get("conditions.all[0].value[2]"));
        assertEquals(Map.of("conditions.all[0].value", "must list at least one value"),
                violations(withCondition(Map.of("field", "status", "operator", "not_in", "value", List.of()))));
        assertEquals(Map.of("conditions.all[0].value",
                        "must be one value, not a list (use 'in' or 'not_in' for several)"),
                violations(withCondition(Map.of("field", "status", "operator", "is", "value", List.of("open")))));
        assertEquals(Map.of("conditions.all[0].value[0]", "must be a positive id, was 0"),
                violations(withCondition(Map.of("field", "team", "operator", "in", "value", List.of(0)))));
    }

    @Test
    void bad_values_of_each_kind_are_refused() {
        assertEquals(Map.of("conditions.all[0].value", "must be a whole number of hours from 1 to 8760, was 0"),
                violations(withCondition(Map.of("field", "hours_since_created", "operator", "greater_than",
                        "value", 0))));
        assertEquals(Map.of("conditions.all[0].value", "must be a whole number"),
                violations(withCondition(Map.of("field", "hours_since_updated", "operator", "less_than",
                        "value", "3"))));
        assertTrue(violations(withCondition(Map.of("field", "tags", "operator", "contains", "value", "no spaces")))
                .get("conditions.all[0].value").startsWith("tag 'no spaces' must be"));
        assertEquals(Map.of("conditions.all[0].value", "must not be empty"),
                violations(withCondition(Map.of("field", "title", "operator", "contains", "value", " "))));
        assertTrue(violations(withCondition(Map.of("field", "requester_domain", "operator", "is",
                "value", "not a domain"))).get("conditions.all[0].value").contains("is not an email domain"));
        assertTrue(violations(withCondition(Map.of("field", "category", "operator", "is", "value", "X")))
                .get("conditions.all[0].value").startsWith("category must be"));
    }

    @Test
    void custom_field_conditions_need_a_key_and_a_value_the_operator_can_use() {
        assertEquals(Map.of("conditions.all[0].key", "is required"),
                violations(withCondition(Map.of("field", "custom_field", "operator", "is", "value", "gold"))));
        assertTrue(violations(withCondition(Map.of("field", "custom_field", "key", "bad key", "operator", "is",
                "value", "gold"))).get("conditions.all[0].key").startsWith("custom field key 'bad key'"));
        assertEquals(Map.of("conditions.all[0].value", "'greater_than' needs a number value"),
                violations(withCondition(Map.of("field", "custom_field", "key", "plan", "operator", "greater_than",
                        "value", "gold"))));
        assertEquals(Map.of("conditions.all[0].value", "must be a text, a number or a boolean"),
                violations(withCondition(Map.of("field", "custom_field", "key", "plan", "operator", "is",
                        "value", List.of("gold")))));
        assertEquals(Map.of("conditions.all[0].key", "unknown field; allowed: field, operator, value"),
                violations(withCondition(Map.of("field", "status", "key", "x", "operator", "is", "value", "open"))));
    }

    @Test
    void conditions_must_be_an_object_of_lists() {
        assertEquals(Map.of("conditions", "must be an object"), violations(withOne("conditions", List.of())));
        assertEquals(Map.of("conditions.all", "must be a list", "conditions.none", "unknown field; allowed: all, any"),
                violations(withOne("conditions", Map.of("all", "status", "none", List.of()))));
        assertEquals(Map.of("conditions.any[0]", "must be an object"),
                violations(withOne("conditions", Map.of("any", List.of("status is open")))));
    }

    // ---- actions

    @Test
    void an_empty_action_list_is_refused() {
        assertEquals(Map.of("actions", "a rule needs at least one action"), violations(withOne("actions", List.of())));
        assertEquals(Map.of("actions", "must be a list"), violations(withOne("actions", Map.of())));
    }

    @Test
    void action_mistakes_are_reported_at_their_index() {
        Map<String, Object> rule = withOne("actions", List.of(
                Map.of("value", "high"),
                Map.of("type", "delete_ticket"),
                Map.of("type", "set_priority", "value", "highest"),
                Map.of("type", "set_status"),
                Map.of("type", "set_team", "value", -2),
                Map.of("type", "set_assignee", "value", "someone"),
                Map.of("type", "add_tags", "value", List.of()),
                Map.of("type", "add_internal_note", "value", ""),
                Map.of("type", "send_email", "template", "Bad Template", "to", "the boss"),
                Map.of("type", "call_webhook", "webhook_id", "nine"),
                Map.of("type", "set_priority", "value", "low", "when", "now")));

        Map<String, String> found = violations(rule);

        assertEquals(List.of("actions[0].type", "actions[1].type", "actions[2].value", "actions[3].value",
                "actions[4].value", "actions[5].value", "actions[6].value", "actions[7].value",
                "actions[8].template", "actions[8].to", "actions[9].webhook_id", "actions[10].when"),
                List.copyOf(found.keySet()));
        assertEquals("is required", found.get("actions[0].type"));
        assertTrue(found.get("actions[1].type").startsWith("unknown action 'delete_ticket'; allowed: set_priority"));
        assertTrue(found.get("actions[2].value").startsWith("unknown priority 'highest'"));
        assertEquals("is required", found.get("actions[3].value"));
        assertEquals("must be a positive id, was -2", found.get("actions[4].value"));
        assertEquals("must be a user id or \"auto\" (the team's assignment strategy)", found.get("actions[5].value"));
        assertEquals("must list at least one tag", found.get("actions[6].value"));
        assertEquals("must not be empty", found.get("actions[7].value"));
        assertEquals("must be requester, assignee, team or an email address; was 'the boss'",
                found.get("actions[8].to"));
        assertEquals("must be a whole number", found.get("actions[9].webhook_id"));
        assertEquals("unknown field; allowed: type, value", found.get("actions[10].when"));
    }

    @Test
    void too_many_actions_are_refused() {
        List<Object> actions = java.util.stream.IntStream.range(0, 21)
                .<Object>mapToObj(i -> Map.of("type", "add_tags", "value", "t" + i)).toList();
        assertEquals(Map.of("actions", "a rule has at most 20 actions, got 21"), violations(withOne("actions", actions)));
    }

    @Test
    void problems_in_every_part_are_reported_together() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", "");
        rule.put("trigger", Map.of("type", "no_customer_reply_for", "hours", -1));
        rule.put("conditions", Map.of("all", List.of(Map.of("field", "status", "operator", "is", "value", "done"))));
        rule.put("actions", List.of(Map.of("type", "set_status", "value", "done"), Map.of("type", "nothing")));
        rule.put("colour", "red");

        assertEquals(List.of("colour", "name", "trigger.hours", "conditions.all[0].value", "actions[0].value",
                "actions[1].type"), List.copyOf(violations(rule).keySet()));
    }

    @Test
    void an_invalid_rule_throws_every_violation_when_asked_to() {
        RuleDefinitionRejected rejected = assertThrows(RuleDefinitionRejected.class,
                () -> RuleDefinition.parse(Map.of()).orElseThrow());
        assertEquals(3, rejected.violations().size());
        assertEquals("VALIDATION_FAILED", rejected.code());
        assertEquals("actions", rejected.violations().get(2).field());
    }

    @Test
    void whole_numbers_are_accepted_in_any_number_type_a_json_reader_produces() {
        for (Object hours : List.of(48, 48L, java.math.BigInteger.valueOf(48), new java.math.BigDecimal("48.0"), 48.0)) {
            assertEquals(new Trigger.NoCustomerReplyFor(48), RuleDefinition.parse(withOne("trigger",
                    Map.of("type", "no_customer_reply_for", "hours", hours))).orElseThrow().trigger());
        }
    }
}
