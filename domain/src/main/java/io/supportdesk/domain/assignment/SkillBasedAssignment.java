package io.supportdesk.domain.assignment;

import java.util.List;

/**
 * Keeps the active candidates who have the required skill (ignoring case), or all of them when none is required,
 * and picks the least loaded of those.
 */
public final class SkillBasedAssignment implements AssignmentStrategy {

    public static final String NAME = "skill_based";

    @Override
    public AssignmentDecision choose(AssignmentRequest request) {
        List<AgentCandidate> qualified = request.activeCandidatesById().stream()
                .filter(candidate -> request.requiredSkill().map(candidate::hasSkill).orElse(true))
                .toList();
        if (qualified.isEmpty()) {
            return new NoAgentAvailable(request.requiredSkill()
                    .map(skill -> "no active agent in " + request.scope() + " has the skill '" + skill + "'")
                    .orElseGet(() -> "no active agent in " + request.scope()));
        }
        return new Assigned(qualified.stream().min(AssignmentOrder.LEAST_LOADED).orElseThrow().id());
    }

    @Override
    public String name() {
        return NAME;
    }
}
