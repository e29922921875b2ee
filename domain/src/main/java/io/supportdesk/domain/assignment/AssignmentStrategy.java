package io.supportdesk.domain.assignment;

/** Picks an agent for a ticket. Implementations consider active candidates only and never throw for "nobody". */
public interface AssignmentStrategy {

    AssignmentDecision choose(AssignmentRequest request);

    /** The configuration name, as accepted by {@link AssignmentStrategies#byName}. */
    String name();
}
