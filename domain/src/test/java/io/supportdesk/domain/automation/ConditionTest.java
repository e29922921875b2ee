package io.supportdesk.domain.automation;

import static io.supportdesk.domain.automation.RuleFixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operator on every field kind, each read from the wire form the way an administrator writes it. */
class ConditionTest {

    private static Condition condition(String field, String operator, Object value) {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("field", field);
        condition.put("operator", operator);
        if (value != null) {
            condition.put("value", value);
        }
        return parsedCondition(condition);
    }

    private static Condition custom(String key, String operator, Object value) {
        return parsedCondition(Map.of("field", "custom_field", "key", key, "operator", operator, "value", value));
    }

    private static Condition parsedCondition(Map<String, Object> condition) {
        RuleDefinition definition = RuleDefinition.parse(Map.of(
                "name", "probe",
                "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(condition)),
                "actions", List.of(Map.of("type", "set_priority", "value", "high")))).orElseThrow();
        return definition.conditions().all().getFirst();
    }

    // ---- choice fields: is, is_not, in, not_in

    @Test
    void status_is_and_is_not() {
        TicketFacts open = facts().withStatus(TicketStatus.OPEN).build();
        assertTrue(condition("status", "is", "open").holds(open));
        assertFalse(condition("status", "is", "resolved").holds(open));
        assertFalse(condition("status", "is_not", "open").holds(open));
        assertTrue(condition("status", "is_not", "resolved").holds(open));
    }

    @Test
    void status_in_and_not_in() {
        TicketFacts waiting = facts().withStatus(TicketStatus.WAITING_ON_CUSTOMER).build();
        assertTrue(condition("status", "in", List.of("on_hold", "waiting_on_customer")).holds(waiting));
        assertFalse(condition("status", "in", List.of("open", "assigned")).holds(waiting));
        assertFalse(condition("status", "not_in", List.of("on_hold", "waiting_on_customer")).holds(waiting));
        assertTrue(condition("status", "not_in", List.of("open", "assigned")).holds(waiting));
    }

    @Test
    void priority_takes_every_choice_operator() {
        TicketFacts high = facts().withPriority(Priority.HIGH).build();
        assertTrue(condition("priority", "is", "high").holds(high));
        assertFalse(condition("priority", "is_not", "high").holds(high));
        assertTrue(condition("priority", "in", List.of("high", "urgent")).holds(high));
        assertTrue(condition("priority", "not_in", List.of("low", "medium")).holds(high));
        assertFalse(condition("priority", "not_in", List.of("high")).holds(high));
    }

    @Test
    void category_takes_every_choice_operator() {
        TicketFacts billing = facts().withCategory("billing").build();
        assertTrue(condition("category", "is", "billing").holds(billing));
        assertTrue(condition("category", "is_not", "technical").holds(billing));
        assertTrue(condition("category", "in", List.of("billing", "refunds")).holds(billing));
        assertFalse(condition("category", "not_in", List.of("billing", "refunds")).holds(billing));
    }

    @Test
    void channel_takes_every_choice_operator() {
        TicketFacts email = facts().withChannel(TicketChannel.EMAIL).build();
        assertTrue(condition("channel", "is", "email").holds(email));
        assertFalse(condition("channel", "is", "web").holds(email));
        assertTrue(condition("channel", "is_not", "chat").holds(email));
        assertTrue(condition("channel", "in", List.of("email", "phone")).holds(email));
        assertTrue(condition("channel", "not_in", List.of("web", "chat")).holds(email));
    }

    @Test
    void requester_domain_is_compared_exactly_and_without_case() {
        TicketFacts acme = facts().withRequester("Ada@Acme.COM").build();
        assertTrue(condition("requester_domain", "is", "acme.com").holds(acme));
        assertTrue(condition("requester_domain", "is", "@ACME.com").holds(acme));
        assertFalse(condition("requester_domain", "is", "eu.acme.com").holds(acme));
        assertTrue(condition("requester_domain", "is_not", "example.com").holds(acme));
        assertTrue(condition("requester_domain", "in", List.of("example.com", "acme.com")).holds(acme));
        assertFalse(condition("requester_domain", "not_in", List.of("acme.com")).holds(acme));
    }

    // ---- holders: is, is_not, in, not_in, unassigned, assigned

    @Test
    void assignee_operators_on_an_assigned_ticket() {
        TicketFacts assigned = facts().withAssignee(7).build();
        assertTrue(condition("assignee", "is", 7).holds(assigned));
        assertFalse(condition("assignee", "is", 8).holds(assigned));
        assertFalse(condition("assignee", "is_not", 7).holds(assigned));
        assertTrue(condition("assignee", "in", List.of(6, 7)).holds(assigned));
        assertFalse(condition("assignee", "not_in", List.of(6, 7)).holds(assigned));
        assertTrue(condition("assignee", "assigned", null).holds(assigned));
        assertFalse(condition("assignee", "unassigned", null).holds(assigned));
    }

    @Test
    void assignee_operators_on_an_unassigned_ticket() {
        TicketFacts nobody = facts().build();
        assertFalse(condition("assignee", "is", 7).holds(nobody));
        assertTrue(condition("assignee", "is_not", 7).holds(nobody));
        assertFalse(condition("assignee", "in", List.of(6, 7)).holds(nobody));
        assertTrue(condition("assignee", "not_in", List.of(6, 7)).holds(nobody));
        assertTrue(condition("assignee", "unassigned", null).holds(nobody));
        assertFalse(condition("assignee", "assigned", null).holds(nobody));
    }

    @Test
    void team_operators_with_and_without_a_team() {
        TicketFacts routed = facts().withTeam(3).build();
        TicketFacts unrouted = facts().build();
        assertTrue(condition("team", "is", 3).holds(routed));
        assertFalse(condition("team", "is", 3).holds(unrouted));
        assertTrue(condition("team", "is_not", 4).holds(routed));
        assertTrue(condition("team", "is_not", 3).holds(unrouted));
        assertTrue(condition("team", "in", List.of(3, 4)).holds(routed));
        assertTrue(condition("team", "not_in", List.of(4)).holds(routed));
        assertTrue(condition("team", "unassigned", null).holds(unrouted));
        assertTrue(condition("team", "assigned", null).holds(routed));
        assertFalse(condition("team", "assigned", null).holds(unrouted));
    }

    // ---- tags

    @Test
    void tags_contains_and_not_contains_one_normalised_tag() {
        TicketFacts tagged = facts().withTags("vip", "printer").build();
        assertTrue(condition("tags", "contains", "VIP ").holds(tagged));
        assertFalse(condition("tags", "contains", "billing").holds(tagged));
        assertTrue(condition("tags", "not_contains", "billing").holds(tagged));
        assertFalse(condition("tags", "not_contains", "vip").holds(tagged));
        assertTrue(condition("tags", "not_contains", "vip").holds(facts().withTags().build()));
    }

    // ---- text

    @Test
    void title_contains_and_not_contains_without_case() {
        TicketFacts jammed = facts().withTitle("Printer on floor 3 is JAMMED").build();
        assertTrue(condition("title", "contains", "jammed").holds(jammed));
        assertFalse(condition("title", "contains", "refund").holds(jammed));
        assertTrue(condition("title", "not_contains", "refund").holds(jammed));
        assertFalse(condition("title", "not_contains", "Floor 3").holds(jammed));
    }

    @Test
    void description_contains_and_not_contains_without_case() {
        TicketFacts ticket = facts().withDescription("Please cancel my subscription today.").build();
        assertTrue(condition("description", "contains", "CANCEL my").holds(ticket));
        assertFalse(condition("description", "not_contains", "cancel").holds(ticket));
        assertTrue(condition("description", "not_contains", "printer").holds(ticket));
    }

    // ---- hours

    @Test
    void hours_since_created_is_strict_on_both_sides_of_exactly_n_hours() {
        Condition over = condition("hours_since_created", "greater_than", 24);
        Condition under = condition("hours_since_created", "less_than", 24);
        TicketFacts before = facts().at(RuleFixtures.T0.plusSeconds(24 * 3600 - 1)).build();
        TicketFacts exactly = facts().hoursLater(24).build();
        TicketFacts after = facts().at(RuleFixtures.T0.plusSeconds(24 * 3600 + 1)).build();
        assertFalse(over.holds(before));
        assertTrue(under.holds(before));
        assertFalse(over.holds(exactly));
        assertFalse(under.holds(exactly));
        assertTrue(over.holds(after));
        assertFalse(under.holds(after));
    }

    @Test
    void hours_since_updated_counts_from_the_last_update() {
        TicketFacts ticket = facts().updatedAt(RuleFixtures.T0.plusSeconds(10 * 3600)).hoursLater(15).build();
        assertTrue(condition("hours_since_updated", "less_than", 6).holds(ticket));
        assertFalse(condition("hours_since_updated", "greater_than", 5).holds(ticket));
        assertTrue(condition("hours_since_created", "greater_than", 14).holds(ticket));
    }

    @Test
    void hours_since_status_change_counts_from_the_status_change() {
        TicketFacts ticket = facts().statusChangedAt(RuleFixtures.T0.plusSeconds(2 * 3600)).hoursLater(50).build();
        assertTrue(condition("hours_since_status_change", "greater_than", 47).holds(ticket));
        assertFalse(condition("hours_since_status_change", "greater_than", 48).holds(ticket));
        assertTrue(condition("hours_since_status_change", "less_than", 49).holds(ticket));
    }

    // ---- custom fields

    @Test
    void custom_field_is_and_is_not_compare_text_without_case_and_numbers_by_value() {
        TicketFacts ticket = facts().withCustomFields(Map.of("plan", "Gold", "seats", 25, "trial", false)).build();
        assertTrue(custom("plan", "is", "gold").holds(ticket));
        assertFalse(custom("plan", "is_not", "GOLD").holds(ticket));
        assertTrue(custom("seats", "is", new BigDecimal("25.0")).holds(ticket));
        assertTrue(custom("seats", "is", 25L).holds(ticket));
        assertTrue(custom("seats", "is_not", 26).holds(ticket));
        assertTrue(custom("trial", "is", false).holds(ticket));
        assertTrue(custom("trial", "is_not", true).holds(ticket));
        assertFalse(custom("seats", "is", "25").holds(ticket), "a text is not the number");
    }

    @Test
    void custom_field_contains_and_not_contains_read_text_only() {
        TicketFacts ticket = facts().withCustomFields(Map.of("plan", "Gold annual", "seats", 25)).build();
        assertTrue(custom("plan", "contains", "ANNUAL").holds(ticket));
        assertFalse(custom("plan", "not_contains", "annual").holds(ticket));
        assertTrue(custom("plan", "not_contains", "monthly").holds(ticket));
        assertFalse(custom("seats", "contains", "2").holds(ticket));
    }

    @Test
    void custom_field_greater_than_and_less_than_read_numbers_only() {
        TicketFacts ticket = facts().withCustomFields(Map.of("seats", 25, "plan", "gold")).build();
        assertTrue(custom("seats", "greater_than", 24.5).holds(ticket));
        assertFalse(custom("seats", "greater_than", 25).holds(ticket));
        assertTrue(custom("seats", "less_than", 26).holds(ticket));
        assertFalse(custom("seats", "less_than", 25).holds(ticket));
        assertFalse(custom("plan", "greater_than", 1).holds(ticket));
    }

    @Test
    void a_missing_custom_field_is_not_equal_contains_nothing_and_compares_with_nothing() {
        TicketFacts ticket = facts().build();
        assertFalse(custom("plan", "is", "gold").holds(ticket));
        assertTrue(custom("plan", "is_not", "gold").holds(ticket));
        assertFalse(custom("plan", "contains", "gold").holds(ticket));
        assertTrue(custom("plan", "not_contains", "gold").holds(ticket));
        assertFalse(custom("seats", "greater_than", 0.5).holds(ticket));
        assertFalse(custom("seats", "less_than", 100).holds(ticket));
    }

    // ---- the types refuse what a field cannot take

    @Test
    void each_field_kind_refuses_operators_of_another() {
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.Among<>(Operator.CONTAINS, java.util.Set.of(TicketStatus.OPEN)));
        assertThrows(IllegalArgumentException.class, () -> new Condition.TagCondition(Operator.IS, "vip"));
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.TextCondition(ConditionField.TITLE, Operator.GREATER_THAN, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.HoursCondition(ConditionField.HOURS_SINCE_CREATED, Operator.IS, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.HoursCondition(ConditionField.TITLE, Operator.LESS_THAN, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.Held<>(Operator.CONTAINS, java.util.Set.of(1L)));
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.CustomFieldCondition("plan", Operator.GREATER_THAN, "gold"));
        assertThrows(IllegalArgumentException.class,
                () -> new Condition.CustomFieldCondition("plan", Operator.CONTAINS, 3));
    }

    @Test
    void every_operator_a_kind_lists_is_one_its_conditions_evaluate() {
        for (ConditionField field : ConditionField.values()) {
            assertFalse(field.kind().operators().isEmpty(), field.code());
        }
        assertEquals(java.util.Set.of(Operator.IS, Operator.IS_NOT, Operator.IN, Operator.NOT_IN,
                Operator.UNASSIGNED, Operator.ASSIGNED), FieldKind.HOLDER.operators());
    }
}
