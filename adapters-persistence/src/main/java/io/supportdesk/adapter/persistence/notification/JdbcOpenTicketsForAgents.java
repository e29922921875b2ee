package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open assigned tickets per agent, for the daily digest: one pass over the assignee index in urgency order (priority,
 * then resolution due), counted and cut in Java.
 */
@Singleton
@Transactional
public class JdbcOpenTicketsForAgents implements FindOpenTicketsForAgents {

    private static final String OPEN_ASSIGNED = """
            SELECT assignee_id, number, title, priority, status, resolution_due_at
            FROM tickets
            WHERE assignee_id IS NOT NULL AND status IN %s
            ORDER BY assignee_id, %s DESC, resolution_due_at, id""".formatted(TicketSql.OPEN_STATUSES,
            TicketSql.PRIORITY_RANK);

    private static final String WAITING_IN_TEAMS = """
            SELECT team_id, number, title, priority, status, resolution_due_at
            FROM tickets
            WHERE team_id IS NOT NULL AND assignee_id IS NULL AND status IN %s
            ORDER BY team_id, %s DESC, resolution_due_at, id""".formatted(TicketSql.OPEN_STATUSES,
            TicketSql.PRIORITY_RANK);

    private final JdbcOperations jdbc;

    JdbcOpenTicketsForAgents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgentOpenTickets> openTicketsForAgents(int mostUrgent) {
        return jdbc.prepareStatement(OPEN_ASSIGNED, statement -> {
            Map<Long, Map<TicketStatus, Integer>> counts = new LinkedHashMap<>();
            Map<Long, List<OpenTicket>> urgent = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long agent = rows.getLong("assignee_id");
                    TicketStatus status = TicketStatus.fromCode(rows.getString("status"));
                    counts.computeIfAbsent(agent, ignored -> new EnumMap<>(TicketStatus.class))
                            .merge(status, 1, Integer::sum);
                    List<OpenTicket> top = urgent.computeIfAbsent(agent, ignored -> new ArrayList<>());
                    if (top.size() < mostUrgent) {
                        top.add(new OpenTicket(new TicketNumber(rows.getString("number")),
                                new Title(rows.getString("title")), Priority.fromCode(rows.getString("priority")),
                                status, OutboxRows.instant(rows, "resolution_due_at")));
                    }
                }
            }
            List<AgentOpenTickets> workloads = new ArrayList<>();
            counts.forEach((agent, byStatus) ->
                    workloads.add(new AgentOpenTickets(new UserId(agent), byStatus, urgent.get(agent))));
            return workloads;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamQueue> waitingByTeam(int mostUrgent) {
        return jdbc.prepareStatement(WAITING_IN_TEAMS, statement -> {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            Map<Long, List<OpenTicket>> urgent = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long team = rows.getLong("team_id");
                    counts.merge(team, 1, Integer::sum);
                    List<OpenTicket> top = urgent.computeIfAbsent(team, ignored -> new ArrayList<>());
                    if (top.size() < mostUrgent) {
                        top.add(new OpenTicket(new TicketNumber(rows.getString("number")),
                                new Title(rows.getString("title")), Priority.fromCode(rows.getString("priority")),
                                TicketStatus.fromCode(rows.getString("status")),
                                OutboxRows.instant(rows, "resolution_due_at")));
                    }
                }
            }
            List<TeamQueue> queues = new ArrayList<>();
            counts.forEach((team, waiting) -> queues.add(new TeamQueue(new TeamId(team), waiting, urgent.get(team))));
            return queues;
        });
    }
}
