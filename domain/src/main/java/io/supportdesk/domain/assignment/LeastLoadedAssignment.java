package io.supportdesk.domain.assignment;

/** Picks the active candidate with the fewest open tickets; ties go to the longest idle, then the lowest id. */
public final class LeastLoadedAssignment implements AssignmentStrategy {

    public static final String NAME = "least_loaded";

    @Override
    public AssignmentDecision choose(AssignmentRequest request) {
        return request.activeCandidatesById().stream()
                .min(AssignmentOrder.LEAST_LOADED)
                .<AssignmentDecision>map(candidate -> new Assigned(candidate.id()))
                .orElseGet(() -> new NoAgentAvailable("no active agent in " + request.scope()));
    }

    @Override
    public String name() {
        return NAME;
    }
}
