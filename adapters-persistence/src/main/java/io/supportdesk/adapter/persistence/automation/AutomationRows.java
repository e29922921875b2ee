package io.supportdesk.adapter.persistence.automation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.application.automation.RuleRun.ActionResult;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one translation between the automation tables' rows (their jsonb columns above all) and the application's. */
@Singleton
final class AutomationRows {

    static final String RUN_COLUMNS = "rule_id, rule_name, ticket_id, trigger, actions::text AS actions, fired_at";

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> OBJECTS = Argument.listOf(OBJECT);

    private final JsonMapper json;

    AutomationRows(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write automation JSON", e);
        }
    }

    Map<String, Object> document(String text) {
        try {
            return json.readValue(text, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored automation rule", e);
        }
    }

    /** {@code {"action", "outcome"}}, plus {@code "code"} and {@code "reason"} when the action failed. */
    String actions(List<ActionResult> actions) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ActionResult action : actions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("action", action.action());
            entry.put("outcome", action.outcome());
            action.code().ifPresent(code -> entry.put("code", code));
            action.reason().ifPresent(reason -> entry.put("reason", reason));
            entries.add(entry);
        }
        return write(entries);
    }

    RuleRun run(ResultSet row) throws SQLException {
        List<Map<String, Object>> entries;
        try {
            entries = json.readValue(row.getString("actions"), OBJECTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actions of a stored automation run", e);
        }
        List<ActionResult> actions = entries.stream().map(entry -> new ActionResult((String) entry.get("action"),
                (String) entry.get("outcome"), Optional.ofNullable((String) entry.get("code")),
                Optional.ofNullable((String) entry.get("reason")))).toList();
        return new RuleRun(new RuleId(row.getLong("rule_id")), row.getString("rule_name"),
                new TicketId(row.getLong("ticket_id")), row.getString("trigger"), actions, instant(row, "fired_at"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
