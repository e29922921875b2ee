package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.DescribeWorkflowUseCase;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;

import java.util.Arrays;

public final class DescribeWorkflowService implements DescribeWorkflowUseCase {

    private final Workflow workflow;

    public DescribeWorkflowService(Workflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public WorkflowDescription describe() {
        return new WorkflowDescription(Arrays.stream(TicketStatus.values())
                .map(status -> new StatusTransitions(status, status.allowedTargets())).toList(),
                workflow.reopenWindow());
    }
}
