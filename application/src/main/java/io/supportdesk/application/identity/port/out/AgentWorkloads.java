package io.supportdesk.application.identity.port.out;

import io.supportdesk.application.identity.port.in.AgentWorkload;

import java.util.List;

/** The staff who work tickets (agents and managers), with how many open tickets each has assigned. */
public interface AgentWorkloads {

    /** Active agents and managers, ordered by name; open means any status but resolved and closed. */
    List<AgentWorkload> activeAgentsWithOpenTicketCounts();
}
