package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.supportdesk.adapter.persistence.ticket.TicketVisibilitySql;
import io.supportdesk.domain.ticket.TicketVisibility;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.in.AgentWorkload;
import io.supportdesk.application.identity.port.out.AgentWorkloads;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the open tickets of every active agent and manager, straight from {@code users} and {@code tickets}, as far
 * as the caller may read them (an agent sees a colleague's load on the tickets of their own teams, not elsewhere).
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcAgentWorkloads implements AgentWorkloads {

    private final JdbcOperations jdbc;

    JdbcAgentWorkloads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AgentWorkload> activeAgentsWithOpenTicketCounts(TicketVisibility visibility) {
        List<Object> values = new ArrayList<>();
        String visible = TicketVisibilitySql.condition(visibility, "t", values).map(c -> " AND " + c).orElse("");
        return jdbc.prepareStatement("""
                SELECT u.id, u.email, u.full_name, u.role, u.skills,
                       (SELECT count(*) FROM tickets t
                        WHERE t.assignee_id = u.id AND t.status IN %s%s) AS open_tickets
                FROM users u
                WHERE u.active AND u.role IN %s
                ORDER BY lower(u.full_name), u.id""".formatted(TicketSql.OPEN_STATUSES, visible,
                UserSql.ASSIGNABLE_ROLES), statement -> {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof Long[] ids) {
                    statement.setArray(i + 1, statement.getConnection().createArrayOf("bigint", ids));
                } else {
                    statement.setObject(i + 1, values.get(i));
                }
            }
            List<AgentWorkload> agents = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    agents.add(new AgentWorkload(new UserId(row.getLong("id")),
                            new EmailAddress(row.getString("email")), new FullName(row.getString("full_name")),
                            Role.fromCode(row.getString("role")),
                            Skills.of(Arrays.asList((String[]) row.getArray("skills").getArray())),
                            row.getLong("open_tickets")));
                }
            }
            return agents;
        });
    }
}
