package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The ticket workflow as configured: every status, where it may go next, and how long a closed ticket may reopen. */
public interface DescribeWorkflowUseCase {

    WorkflowDescription describe();

    /** The statuses in workflow order, each with its allowed targets; {@code reopenWindow} limits CLOSED → REOPENED. */
    record WorkflowDescription(List<StatusTransitions> statuses, Duration reopenWindow) {
        public WorkflowDescription {
            statuses = List.copyOf(statuses);
            Objects.requireNonNull(reopenWindow, "reopenWindow");
        }
    }

    /** One row of the workflow table. */
    record StatusTransitions(TicketStatus status, Set<TicketStatus> allowedTargets) {
        public StatusTransitions {
            Objects.requireNonNull(status, "status");
            allowedTargets = Set.copyOf(allowedTargets);
        }

        /** Whether a ticket in this status still asks for work. */
        public boolean open() {
            return status.isOpen();
        }
    }
}
