package io.supportdesk.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may be given work automatically: available, active, below their limit; and the strategies obey it. */
class AgentAvailabilityAssignmentTest {

    private static AgentCandidate candidate(long id, boolean active, int openTickets, Availability availability,
                                            OptionalInt maxOpenTickets) {
        return new AgentCandidate(new UserId(id), active, Set.of(), openTickets, null, availability, maxOpenTickets);
    }

    private static AgentCandidate available(long id, int openTickets) {
        return candidate(id, true, openTickets, Availability.AVAILABLE, OptionalInt.empty());
    }

    private static AgentCandidate away(long id, int openTickets) {
        return candidate(id, true, openTickets, Availability.AWAY, OptionalInt.empty());
    }

    private static AgentCandidate offline(long id, int openTickets) {
        return candidate(id, true, openTickets, Availability.OFFLINE, OptionalInt.empty());
    }

    private static AgentCandidate atCapacity(long id, int limit) {
        return candidate(id, true, limit, Availability.AVAILABLE, OptionalInt.of(limit));
    }

    private static AssignmentRequest request(Optional<UserId> cursor, AgentCandidate... candidates) {
        return new AssignmentRequest(new TicketId(1), Optional.of(new TeamId(3)), Optional.empty(),
                Arrays.asList(candidates), cursor);
    }

    private static AssignmentRequest request(AgentCandidate... candidates) {
        return request(Optional.empty(), candidates);
    }

    private static long picked(AssignmentDecision decision) {
        return assertInstanceOf(Assigned.class, decision).agent().value();
    }

    // ---- the rule ------------------------------------------------------------------------------------------------

    @Nested
    class MayTakeWork {

        @Test
        void an_available_active_agent_without_a_limit_takes_work_however_busy() {
            assertTrue(available(1, 0).mayTakeWork());
            assertTrue(available(1, 250).mayTakeWork());
        }

        @Test
        void an_agent_who_is_away_or_offline_takes_no_work() {
            assertFalse(away(1, 0).mayTakeWork());
            assertFalse(offline(1, 0).mayTakeWork());
        }

        @Test
        void an_inactive_agent_takes_no_work_even_when_available() {
            assertFalse(candidate(1, false, 0, Availability.AVAILABLE, OptionalInt.empty()).mayTakeWork());
        }

        @Test
        void an_agent_below_their_limit_takes_work_and_one_at_or_over_it_does_not() {
            assertTrue(candidate(1, true, 4, Availability.AVAILABLE, OptionalInt.of(5)).mayTakeWork());
            assertFalse(candidate(1, true, 5, Availability.AVAILABLE, OptionalInt.of(5)).mayTakeWork());
            assertFalse(candidate(1, true, 6, Availability.AVAILABLE, OptionalInt.of(5)).mayTakeWork());
        }

        @Test
        void the_short_constructor_means_available_without_a_limit() {
            AgentCandidate candidate = new AgentCandidate(new UserId(1), true, Set.of(), 40, null);

            assertEquals(Availability.AVAILABLE, candidate.availability());
            assertEquals(OptionalInt.empty(), candidate.maxOpenTickets());
            assertTrue(candidate.mayTakeWork());
        }

        @Test
        void only_those_who_may_take_work_are_offered_to_the_strategies_in_id_order() {
            AssignmentRequest request = request(available(9, 3), away(1, 0), atCapacity(2, 3), offline(3, 0),
                    candidate(4, true, 2, Availability.AVAILABLE, OptionalInt.of(3)), available(5, 0));

            assertEquals(List.of(4L, 5L, 9L),
                    request.activeCandidatesById().stream().map(candidate -> candidate.id().value()).toList());
        }
    }

    // ---- the strategies ------------------------------------------------------------------------------------------

    @Nested
    class RoundRobin {

        private final RoundRobinAssignment strategy = new RoundRobinAssignment();

        @Test
        void skips_an_agent_who_is_away_when_it_is_their_turn() {
            assertEquals(3, picked(strategy.choose(request(Optional.of(new UserId(1)),
                    available(1, 0), away(2, 0), available(3, 0)))));
        }

        @Test
        void skips_an_agent_at_capacity_when_it_is_their_turn() {
            assertEquals(3, picked(strategy.choose(request(Optional.of(new UserId(1)),
                    available(1, 0), atCapacity(2, 4), available(3, 0)))));
        }

        @Test
        void wraps_around_past_agents_who_cannot_take_work() {
            assertEquals(1, picked(strategy.choose(request(Optional.of(new UserId(3)),
                    available(1, 0), available(3, 0), offline(4, 0), atCapacity(5, 1)))));
        }

        @Test
        void without_a_cursor_starts_with_the_lowest_id_who_may_take_work() {
            assertEquals(3, picked(strategy.choose(request(away(1, 0), atCapacity(2, 2), available(3, 0)))));
        }
    }

    @Nested
    class LeastLoaded {

        private final LeastLoadedAssignment strategy = new LeastLoadedAssignment();

        @Test
        void skips_an_idle_agent_who_is_away() {
            assertEquals(2, picked(strategy.choose(request(away(1, 0), available(2, 6)))));
        }

        @Test
        void skips_an_agent_at_capacity_even_with_fewer_tickets_than_everyone_else() {
            assertEquals(2, picked(strategy.choose(request(atCapacity(1, 2), available(2, 6)))));
        }

        @Test
        void an_agent_below_their_limit_still_competes_on_load() {
            AgentCandidate belowLimit = candidate(1, true, 1, Availability.AVAILABLE, OptionalInt.of(2));

            assertEquals(1, picked(strategy.choose(request(belowLimit, available(2, 6)))));
        }
    }

    @Test
    void with_everyone_away_or_full_no_strategy_assigns_anyone() {
        AssignmentRequest nobodyFree = request(away(1, 0), offline(2, 0), atCapacity(3, 5),
                candidate(4, false, 0, Availability.AVAILABLE, OptionalInt.empty()));

        assertInstanceOf(NoAgentAvailable.class, new RoundRobinAssignment().choose(nobodyFree));
        assertInstanceOf(NoAgentAvailable.class, new LeastLoadedAssignment().choose(nobodyFree));
        for (String name : AssignmentStrategies.NAMES) {
            assertInstanceOf(NoAgentAvailable.class,
                    AssignmentStrategies.byName(name, new SplittableRandom(1)).choose(nobodyFree), name);
        }
    }

    @Test
    void with_everyone_away_round_robin_finds_no_agent_even_with_a_cursor() {
        NoAgentAvailable none = assertInstanceOf(NoAgentAvailable.class, new RoundRobinAssignment().choose(
                request(Optional.of(new UserId(1)), away(1, 0), away(2, 0))));

        assertTrue(none.reason().contains("team 3"), none.reason());
    }
}
