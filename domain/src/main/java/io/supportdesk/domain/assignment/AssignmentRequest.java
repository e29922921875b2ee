package io.supportdesk.domain.assignment;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a strategy needs to pick an agent for one ticket. The caller gathers the candidates (usually the
 * team's agents) and owns the durable round-robin cursor, so strategies stay pure functions of the request.
 *
 * @param roundRobinCursor the agent last picked for this team, if any
 */
public record AssignmentRequest(TicketId ticket, Optional<TeamId> team, Optional<String> requiredSkill,
        List<AgentCandidate> candidates, Optional<UserId> roundRobinCursor) {

    public AssignmentRequest {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(requiredSkill, "requiredSkill");
        Objects.requireNonNull(roundRobinCursor, "roundRobinCursor");
        if (requiredSkill.isPresent() && requiredSkill.get().isBlank()) {
            throw new IllegalArgumentException("required skill must not be blank; leave it empty instead");
        }
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        Set<UserId> seen = new HashSet<>();
        for (AgentCandidate candidate : candidates) {
            if (!seen.add(candidate.id())) {
                throw new IllegalArgumentException("agent " + candidate.id().value() + " is a candidate twice");
            }
        }
    }

    /** The candidates who may take work now, in id order: the stable order every strategy starts from. */
    public List<AgentCandidate> activeCandidatesById() {
        return candidates.stream()
                .filter(AgentCandidate::mayTakeWork)
                .sorted(AssignmentOrder.BY_ID)
                .toList();
    }

    /** Words for a {@link NoAgentAvailable} reason: "team 3" or "the candidates". */
    String scope() {
        return team.map(t -> "team " + t.value()).orElse("the candidates");
    }
}
