package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketStatus;

import java.util.Objects;

/** The one change a bulk request makes to each of its tickets; each is the intent of a single-ticket use case. */
public sealed interface BulkTicketAction {

    /** As {@link ChangeTicketStatusUseCase}; closing is a move to {@link TicketStatus#CLOSED}. */
    record ChangeStatus(TicketStatus target) implements BulkTicketAction {
        public ChangeStatus {
            Objects.requireNonNull(target, "target");
        }
    }

    /** As {@link AssignTicketUseCase}. */
    record Assign(UserId assignee) implements BulkTicketAction {
        public Assign {
            Objects.requireNonNull(assignee, "assignee");
        }
    }

    /** As moving one ticket to a team (the team capability's use case, reached through {@code TicketTeamMoves}). */
    record MoveToTeam(TeamId team) implements BulkTicketAction {
        public MoveToTeam {
            Objects.requireNonNull(team, "team");
        }
    }

    /** As {@link ChangeTicketPriorityUseCase}. */
    record ChangePriority(Priority priority) implements BulkTicketAction {
        public ChangePriority {
            Objects.requireNonNull(priority, "priority");
        }
    }

    /** As {@link EditTicketUseCase} with a {@link TagChange}: each ticket keeps its other tags. */
    record Retag(TagChange change) implements BulkTicketAction {
        public Retag {
            Objects.requireNonNull(change, "change");
        }
    }

    /** As {@link DeleteTicketUseCase}. */
    record Delete() implements BulkTicketAction {
    }
}
