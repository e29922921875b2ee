package io.supportdesk.domain.assignment;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Picks uniformly among the active candidates. Candidates are sorted by id first, so a seeded generator gives the
 * same picks whatever order the candidates arrive in. Not thread-safe if the generator is not.
 */
public final class RandomAssignment implements AssignmentStrategy {

    public static final String NAME = "random";

    private final RandomGenerator random;

    public RandomAssignment(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public AssignmentDecision choose(AssignmentRequest request) {
        List<AgentCandidate> candidates = request.activeCandidatesById();
        if (candidates.isEmpty()) {
            return new NoAgentAvailable("no active agent in " + request.scope());
        }
        return new Assigned(candidates.get(random.nextInt(candidates.size())).id());
    }

    @Override
    public String name() {
        return NAME;
    }
}
