package io.supportdesk.adapter.rest.automation;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.supportdesk.adapter.rest.automation.AutomationResponses.ActionResultResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.ConditionsResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RuleResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.TestResponse;
import io.supportdesk.adapter.rest.automation.AutomationRuleController.TestRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wire form of the automation bodies, read and written by Micronaut Serialization configured as the application
 * configures it (application.yml: snake_case, every member written, unknown members refused).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutomationJsonTest {

    private final ObjectMapper.CloseableObjectMapper json = ObjectMapper.create(Map.of(
            "micronaut.serde.property-naming-strategy", "SNAKE_CASE",
            "micronaut.serde.serialization.inclusion", "ALWAYS",
            "micronaut.serde.deserialization.ignore-unknown", false), "io.supportdesk.adapter.rest.automation");

    @AfterAll
    void close() {
        json.close();
    }

    @Test
    void a_dry_runs_ticket_may_be_an_id_or_a_number_and_its_rule_any_json_value() throws IOException {
        TestRequest byId = json.readValue("{\"rule\": {\"name\": \"x\", \"position\": 2}, \"ticket_id\": 42}",
                TestRequest.class);
        assertEquals(42, ((Number) byId.ticketId()).intValue());
        Map<?, ?> rule = assertInstanceOf(Map.class, byId.rule());
        assertEquals("x", rule.get("name"));
        assertEquals(2, ((Number) rule.get("position")).intValue());

        TestRequest byNumber = json.readValue("{\"rule\": [1], \"ticket_id\": \"TKT-000042\"}", TestRequest.class);
        assertEquals("TKT-000042", byNumber.ticketId());
        assertInstanceOf(List.class, byNumber.rule());
    }

    @Test
    void a_dry_run_with_an_unknown_member_cannot_be_read() {
        assertThrows(IOException.class, () -> json.readValue("{\"rule\": {}, \"ticket\": 42}", TestRequest.class));
    }

    @Test
    void a_rule_body_is_read_as_a_json_object_and_nothing_else_is() throws IOException {
        Map<String, Object> document = json.readValue("{\"name\": \"x\", \"actions\": [{\"type\": \"add_tags\", "
                + "\"value\": [\"a\"]}], \"trigger\": {\"type\": \"in_status_for\", \"hours\": 48}}",
                Argument.mapOf(String.class, Object.class));
        assertEquals(48, ((Number) ((Map<?, ?>) document.get("trigger")).get("hours")).intValue());
        assertEquals(List.of(Map.of("type", "add_tags", "value", List.of("a"))), document.get("actions"));

        assertThrows(IOException.class, () -> json.readValue("[1, 2]", Argument.mapOf(String.class, Object.class)));
        assertThrows(IOException.class, () -> json.readValue("\"rule\"", Argument.mapOf(String.class, Object.class)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_rule_is_written_in_snake_case_with_its_document_as_it_was() throws IOException {
        Map<String, Object> trigger = Map.of("type", "in_status_for", "status", "waiting_on_customer", "hours", 72);
        RuleResponse rule = new RuleResponse(7, "Remind", true, 0, trigger,
                Map.of("all", List.of(), "any", List.of()), List.of(Map.of("type", "add_tags", "value", "x")),
                Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"), 3);

        Map<String, Object> written = json.readValue(json.writeValueAsString(rule),
                Argument.mapOf(String.class, Object.class));

        assertEquals(List.of("id", "name", "active", "position", "trigger", "conditions", "actions", "created_at",
                "updated_at", "saved_by"), List.copyOf(written.keySet()));
        assertEquals(trigger, written.get("trigger"));
        assertEquals("2026-03-02T09:00:00Z", written.get("created_at"));
    }

    @Test
    void a_dry_run_is_written_with_null_timing_and_null_codes_where_there_are_none() throws IOException {
        TestResponse result = new TestResponse(true, new ConditionsResponse(true, List.of(), List.of()), null,
                List.of(new ActionResultResponse("set_priority", "applied", null, null)),
                Map.of("priority", "urgent", "tags", List.of("vip")));

        String text = json.writeValueAsString(result);

        assertTrue(text.contains("\"would_fire\":true"), text);
        assertTrue(text.contains("\"timing\":null"), text);
        assertTrue(text.contains("{\"action\":\"set_priority\",\"outcome\":\"applied\",\"code\":null,\"reason\":null}"),
                text);
        assertTrue(text.contains("\"after\":{"), text);
    }
}
