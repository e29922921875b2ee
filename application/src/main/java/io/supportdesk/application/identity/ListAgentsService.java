package io.supportdesk.application.identity;

import io.supportdesk.domain.ticket.TicketVisibility;
import io.supportdesk.application.identity.port.in.AgentWorkload;
import io.supportdesk.application.identity.port.in.ListAgentsQuery;
import io.supportdesk.application.identity.port.in.ListAgentsUseCase;
import io.supportdesk.application.identity.port.out.AgentWorkloads;

import java.util.List;

public final class ListAgentsService implements ListAgentsUseCase {

    private final AgentWorkloads workloads;

    public ListAgentsService(AgentWorkloads workloads) {
        this.workloads = workloads;
    }

    @Override
    public List<AgentWorkload> list(ListAgentsQuery query) {
        IdentityAccess.requireStaff(query.actor());
        return workloads.activeAgentsWithOpenTicketCounts(TicketVisibility.of(query.actor()));
    }
}
