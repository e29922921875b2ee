package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.domain.identity.ActingRule;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.ActorEvent;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.AttachmentRemoved;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.PriorityChanged;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEdited;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketImported;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.TicketUnassigned;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the audit trail: every ticket event becomes one history row per changed field, in the same transaction
 * as the change itself, so the history can never disagree with the ticket.
 */
@Singleton
@Transactional
public class JdbcTicketHistory implements TicketEventPublisher {

    private static final String INSERT = """
            INSERT INTO ticket_history (ticket_id, event_id, kind, field, old_value, new_value, actor_id, internal,
                                        occurred_at, note, rule_id, rule_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcOperations jdbc;

    JdbcTicketHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record HistoryEntry(String kind, String field, String oldValue, String newValue, boolean internal,
                        String note) {
        HistoryEntry(String kind, String field, String oldValue, String newValue, boolean internal) {
            this(kind, field, oldValue, newValue, internal, null);
        }
    }

    @Override
    public void publish(List<TicketEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT, statement -> {
            for (TicketEvent event : events) {
                for (HistoryEntry entry : entriesOf(event)) {
                    bind(statement, event, entry);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
            return null;
        });
    }

    static List<HistoryEntry> entriesOf(TicketEvent event) {
        return switch (event) {
            case TicketCreated created -> List.of(new HistoryEntry("created", null, null, created.number().value(), false));
            // The actor is the administrator who imported it; the note keeps what the source said.
            case TicketImported imported -> List.of(new HistoryEntry("imported", "status", null,
                    imported.status().code(), false, "imported from CSV; created " + imported.createdAt()));
            case TicketAssigned assigned -> List.of(new HistoryEntry("assigned", "assignee",
                    assigned.previous().map(UserId::value).map(String::valueOf).orElse(null),
                    String.valueOf(assigned.agent().value()), false));
            case TicketUnassigned unassigned -> List.of(new HistoryEntry("unassigned", "assignee",
                    String.valueOf(unassigned.previous().value()), null, false));
            // Routing (which team, and why it moved) is the desk's business: staff see it, customers do not.
            case TicketTeamChanged teamChanged -> List.of(new HistoryEntry("team_changed", "team",
                    teamChanged.previous().map(TeamId::value).map(String::valueOf).orElse(null),
                    String.valueOf(teamChanged.team().value()), true, teamChanged.reason().orElse(null)));
            case StatusChanged changed -> List.of(new HistoryEntry("status_changed", "status",
                    changed.from().code(), changed.to().code(), false, changed.reason().orElse(null)));
            case PriorityChanged changed -> List.of(new HistoryEntry("priority_changed", "priority",
                    changed.from().code(), changed.to().code(), false));
            case TicketEdited edited -> {
                List<HistoryEntry> entries = new ArrayList<>();
                edited.changes().forEach(change -> entries.add(new HistoryEntry("edited", change.field(),
                        change.oldValue(), change.newValue(), "project".equals(change.field()))));
                yield entries;
            }
            case CommentAdded comment -> List.of(new HistoryEntry("comment_added", "comment", null,
                    String.valueOf(comment.commentId().value()), comment.internal()));
            case AttachmentAdded added -> List.of(new HistoryEntry("attachment_added", "attachment", null,
                    added.fileName(), added.internal()));
            case AttachmentRemoved removed -> List.of(new HistoryEntry("attachment_removed", "attachment",
                    removed.fileName(), null, removed.internal()));
            case SlaAtRisk atRisk -> List.of(new HistoryEntry("sla_at_risk", atRisk.kind().name().toLowerCase(),
                    null, atRisk.dueAt().toString(), false));
            case SlaBreached breached -> List.of(new HistoryEntry("sla_breached", breached.kind().name().toLowerCase(),
                    null, breached.dueAt().toString(), false));
        };
    }

    private static void bind(PreparedStatement statement, TicketEvent event, HistoryEntry entry) throws SQLException {
        statement.setLong(1, event.ticketId().value());
        statement.setObject(2, event.eventId());
        statement.setString(3, entry.kind());
        statement.setString(4, entry.field());
        statement.setString(5, entry.oldValue());
        statement.setString(6, entry.newValue());
        // The desk acting on its own (Actor.system()) is no user: stored as none, shown as "Supportdesk".
        Optional<UserId> actor = event instanceof ActorEvent withActor && !withActor.actor().isSystem()
                ? Optional.of(withActor.actor().id()) : Optional.empty();
        if (actor.isPresent()) {
            statement.setLong(7, actor.get().value());
        } else {
            statement.setNull(7, Types.BIGINT);
        }
        statement.setBoolean(8, entry.internal());
        statement.setTimestamp(9, Timestamp.from(event.occurredAt()));
        statement.setString(10, entry.note());
        // The desk acting for a rule: no user either, but the rule is named, as it was called when it fired.
        Optional<ActingRule> rule = event instanceof ActorEvent withActor ? withActor.actor().rule() : Optional.empty();
        if (rule.isPresent()) {
            statement.setLong(11, rule.get().id());
            statement.setString(12, rule.get().name());
        } else {
            statement.setNull(11, Types.BIGINT);
            statement.setNull(12, Types.VARCHAR);
        }
    }
}
