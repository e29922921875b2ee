package io.supportdesk.application.assignment.port.out;

import io.supportdesk.domain.assignment.AgentCandidate;

import java.util.List;

/** The agents who could take a ticket, with their skills, current load and when they last got one. */
public interface AssignmentCandidates {

    List<AgentCandidate> agents();
}
