package io.supportdesk.application.assignment.port.out;

import io.supportdesk.domain.assignment.AgentCandidate;

import io.supportdesk.domain.identity.TeamId;

import java.util.List;
import java.util.Optional;

/**
 * Everyone who may own a ticket of the team ({@link io.supportdesk.domain.team.TeamPermissions#mayOwn}: agents and
 * managers, members of the team when there is one), active or not, available or not, with their skills, current
 * load, limit and when they last got one: the strategies decide who of them takes work now.
 */
public interface AssignmentCandidates {

    /** @param team the ticket's team; empty: a ticket no team owns, which any agent or manager may own */
    List<AgentCandidate> agents(Optional<TeamId> team);
}
