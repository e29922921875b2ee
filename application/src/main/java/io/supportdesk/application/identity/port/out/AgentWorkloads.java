package io.supportdesk.application.identity.port.out;

import io.supportdesk.application.identity.port.in.AgentWorkload;

import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.List;

/** The staff who work tickets (agents and managers), with how many open tickets each has assigned. */
public interface AgentWorkloads {

    /**
     * Active agents and managers, ordered by name; open means any status but resolved and closed.
     *
     * @param visibility what the caller may read: the counts count only those tickets
     */
    List<AgentWorkload> activeAgentsWithOpenTicketCounts(TicketVisibility visibility);
}
