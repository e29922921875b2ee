package io.supportdesk.domain.assignment;

import io.supportdesk.domain.identity.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Takes turns in id order: the next active candidate after the last one picked, wrapping around. The cursor is an
 * id rather than a position, so agents joining, leaving or going inactive never make anyone skip or repeat a turn
 * beyond the one they are owed. The caller persists the picked agent as the new cursor.
 */
public final class RoundRobinAssignment implements AssignmentStrategy {

    public static final String NAME = "round_robin";

    @Override
    public AssignmentDecision choose(AssignmentRequest request) {
        List<AgentCandidate> candidates = request.activeCandidatesById();
        if (candidates.isEmpty()) {
            return new NoAgentAvailable("no active agent in " + request.scope());
        }
        Optional<UserId> cursor = request.roundRobinCursor();
        if (cursor.isEmpty()) {
            return new Assigned(candidates.getFirst().id());
        }
        long last = cursor.get().value();
        return new Assigned(candidates.stream()
                .filter(candidate -> candidate.id().value() > last)
                .findFirst()
                .orElse(candidates.getFirst())
                .id());
    }

    @Override
    public String name() {
        return NAME;
    }
}
