package io.supportdesk.domain.assignment;

/** What a strategy decided: an agent, or why there is none. Having no agent is a normal outcome, not an error. */
public sealed interface AssignmentDecision permits Assigned, NoAgentAvailable {
}
