package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.application.ticket.port.out.OpenTickets;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The desk's policy from {@code sla_policies}: four rows by primary key, read in the caller's transaction. */
@Singleton
@Transactional
public class JdbcDeskSlaPolicy implements DeskSlaPolicy, OpenTickets {

    private final JdbcOperations jdbc;

    JdbcDeskSlaPolicy(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SlaPolicy current() {
        return jdbc.prepareStatement("SELECT priority, first_response_minutes, resolution_minutes FROM sla_policies",
                statement -> {
                    Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            targets.put(Priority.fromCode(rows.getString("priority")), new SlaTargets(
                                    Duration.ofMinutes(rows.getLong("first_response_minutes")),
                                    Duration.ofMinutes(rows.getLong("resolution_minutes"))));
                        }
                    }
                    return SlaPolicy.of(targets);
                });
    }

    @Override
    public void change(Priority priority, SlaTargets targets, Instant at) {
        jdbc.prepareStatement("""
                UPDATE sla_policies SET first_response_minutes = ?, resolution_minutes = ?, updated_at = ?
                WHERE priority = ?""", statement -> {
            statement.setLong(1, targets.firstResponse().toMinutes());
            statement.setLong(2, targets.resolution().toMinutes());
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setString(4, priority.code());
            return statement.executeUpdate();
        });
    }

    @Override
    public List<TicketId> withPriority(Priority priority) {
        return jdbc.prepareStatement("SELECT id FROM tickets WHERE priority = ? AND status IN "
                + TicketSql.OPEN_STATUSES + " ORDER BY id", statement -> {
            statement.setString(1, priority.code());
            List<TicketId> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(new TicketId(rows.getLong(1)));
                }
            }
            return ids;
        });
    }
}
