package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.DescribeWorkflowUseCase.StatusTransitions;
import io.supportdesk.application.ticket.port.in.DescribeWorkflowUseCase.WorkflowDescription;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase.PriorityTargets;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataTest {

    @Test
    void priorities_come_lowest_first_with_the_targets_of_the_configured_policy() {
        SlaPolicy policy = SlaPolicy.defaults().withPriorityTargets(Priority.URGENT,
                new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)));

        List<PriorityTargets> priorities = new ListPrioritiesService(new InMemoryDeskSlaPolicy(policy),
                new io.supportdesk.application.port.DirectUnitOfWork()).list();

        assertEquals(List.of(Priority.LOW, Priority.MEDIUM, Priority.HIGH, Priority.URGENT),
                priorities.stream().map(PriorityTargets::priority).toList());
        assertEquals(new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)), priorities.get(3).targets());
        assertEquals(new SlaTargets(Duration.ofHours(24), Duration.ofDays(10)), priorities.get(0).targets());
    }

    @Test
    void the_workflow_lists_every_status_with_the_moves_of_the_table_and_the_reopen_window() {
        WorkflowDescription workflow = new DescribeWorkflowService(new Workflow(Duration.ofDays(3))).describe();

        assertEquals(List.of(TicketStatus.values()), workflow.statuses().stream().map(StatusTransitions::status)
                .toList());
        for (StatusTransitions row : workflow.statuses()) {
            assertEquals(row.status().allowedTargets(), row.allowedTargets());
        }
        StatusTransitions closed = workflow.statuses().get(TicketStatus.CLOSED.ordinal());
        assertEquals(Set.of(TicketStatus.REOPENED), closed.allowedTargets());
        assertFalse(closed.open());
        assertTrue(workflow.statuses().get(TicketStatus.OPEN.ordinal()).open());
        assertEquals(Duration.ofDays(3), workflow.reopenWindow());
    }
}
