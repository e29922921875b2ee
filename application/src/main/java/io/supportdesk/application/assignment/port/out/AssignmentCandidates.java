package io.supportdesk.application.assignment.port.out;

import io.supportdesk.domain.assignment.AgentCandidate;

import java.util.List;

/**
 * Everyone whose role may be assigned tickets ({@link io.supportdesk.domain.identity.Role#mayBeAssigned()}: agents and
 * managers), active or not, with their skills, current load and when they last got one.
 */
public interface AssignmentCandidates {

    List<AgentCandidate> agents();
}
