package io.supportdesk.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentStrategiesTest {

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private static AgentCandidate agent(long id) {
        return new AgentCandidate(new UserId(id), true, Set.of(), 0, null);
    }

    private static AgentCandidate agent(long id, int openTickets, Instant lastAssignedAt, String... skills) {
        return new AgentCandidate(new UserId(id), true, Set.of(skills), openTickets, lastAssignedAt);
    }

    private static AgentCandidate inactive(long id) {
        return new AgentCandidate(new UserId(id), false, Set.of("billing"), 0, null);
    }

    private static AssignmentRequest request(AgentCandidate... candidates) {
        return new AssignmentRequest(new TicketId(1), Optional.of(new TeamId(3)), Optional.empty(),
                Arrays.asList(candidates), Optional.empty());
    }

    private static AssignmentRequest requestWithCursor(long cursor, AgentCandidate... candidates) {
        return new AssignmentRequest(new TicketId(1), Optional.of(new TeamId(3)), Optional.empty(),
                Arrays.asList(candidates), Optional.of(new UserId(cursor)));
    }

    private static AssignmentRequest requestForSkill(String skill, AgentCandidate... candidates) {
        return new AssignmentRequest(new TicketId(1), Optional.empty(), Optional.ofNullable(skill),
                Arrays.asList(candidates), Optional.empty());
    }

    private static long picked(AssignmentDecision decision) {
        return assertInstanceOf(Assigned.class, decision).agent().value();
    }

    @Nested
    class RoundRobin {

        private final RoundRobinAssignment strategy = new RoundRobinAssignment();

        @Test
        void without_a_cursor_picks_the_lowest_id() {
            assertEquals(2, picked(strategy.choose(request(agent(5), agent(2), agent(9)))));
        }

        @Test
        void picks_the_next_agent_after_the_cursor_in_id_order() {
            assertEquals(5, picked(strategy.choose(requestWithCursor(2, agent(9), agent(2), agent(5)))));
        }

        @Test
        void wraps_around_after_the_highest_id() {
            assertEquals(2, picked(strategy.choose(requestWithCursor(9, agent(9), agent(2), agent(5)))));
        }

        @Test
        void cursor_no_longer_a_candidate_continues_with_the_next_id_after_it() {
            assertEquals(9, picked(strategy.choose(requestWithCursor(6, agent(9), agent(2), agent(5)))));
            assertEquals(2, picked(strategy.choose(requestWithCursor(10, agent(9), agent(2), agent(5)))));
        }

        @Test
        void feeding_back_each_pick_as_the_durable_cursor_takes_turns_fairly() {
            List<AgentCandidate> team = List.of(agent(3), agent(1), inactive(2), agent(4));
            List<Long> picks = new ArrayList<>();
            Optional<UserId> cursor = Optional.empty();
            for (int i = 0; i < 6; i++) {
                AssignmentDecision decision = strategy.choose(
                        new AssignmentRequest(new TicketId(i + 1), Optional.empty(), Optional.empty(), team, cursor));
                cursor = Optional.of(assertInstanceOf(Assigned.class, decision).agent());
                picks.add(cursor.get().value());
            }

            assertEquals(List.of(1L, 3L, 4L, 1L, 3L, 4L), picks);
        }

        @Test
        void skips_inactive_agents() {
            assertEquals(5, picked(strategy.choose(requestWithCursor(2, agent(2), inactive(3), agent(5)))));
        }

        @Test
        void no_active_agent_means_no_agent_available() {
            NoAgentAvailable none = assertInstanceOf(NoAgentAvailable.class,
                    strategy.choose(request(inactive(1), inactive(2))));

            assertTrue(none.reason().contains("team 3"), none.reason());
        }
    }

    @Nested
    class LeastLoaded {

        private final LeastLoadedAssignment strategy = new LeastLoadedAssignment();

        @Test
        void picks_the_agent_with_the_fewest_open_tickets() {
            assertEquals(7, picked(strategy.choose(request(agent(1, 4, null), agent(7, 1, null), agent(3, 2, null)))));
        }

        @Test
        void ties_go_to_the_agent_idle_the_longest() {
            assertEquals(3, picked(strategy.choose(request(
                    agent(1, 2, T0.plusSeconds(60)), agent(3, 2, T0), agent(2, 5, null)))));
        }

        @Test
        void a_never_assigned_agent_counts_as_idle_the_longest() {
            assertEquals(8, picked(strategy.choose(request(agent(1, 2, T0), agent(8, 2, null)))));
        }

        @Test
        void full_ties_go_to_the_lowest_id() {
            assertEquals(4, picked(strategy.choose(request(agent(9, 1, T0), agent(4, 1, T0), agent(6, 1, T0)))));
        }

        @Test
        void ignores_inactive_agents_however_idle() {
            assertEquals(2, picked(strategy.choose(request(inactive(1), agent(2, 10, T0)))));
        }

        @Test
        void no_candidates_means_no_agent_available() {
            assertInstanceOf(NoAgentAvailable.class, strategy.choose(request()));
        }
    }

    @Nested
    class SkillBased {

        private final SkillBasedAssignment strategy = new SkillBasedAssignment();

        @Test
        void keeps_only_agents_with_the_skill_ignoring_case_then_least_loaded() {
            AssignmentDecision decision = strategy.choose(requestForSkill("billing",
                    agent(1, 0, null, "vpn"),
                    agent(2, 3, null, "Billing"),
                    agent(3, 1, null, "BILLING", "vpn")));

            assertEquals(3, picked(decision));
        }

        @Test
        void without_a_required_skill_everyone_qualifies() {
            assertEquals(1, picked(strategy.choose(requestForSkill(null,
                    agent(1, 0, null, "vpn"), agent(2, 3, null, "billing")))));
        }

        @Test
        void inactive_agents_with_the_skill_do_not_count() {
            NoAgentAvailable none = assertInstanceOf(NoAgentAvailable.class,
                    strategy.choose(requestForSkill("billing", inactive(1), agent(2, 0, null, "vpn"))));

            assertTrue(none.reason().contains("'billing'"), none.reason());
        }

        @Test
        void no_candidates_means_no_agent_available() {
            assertInstanceOf(NoAgentAvailable.class, strategy.choose(requestForSkill(null)));
        }
    }

    @Nested
    class Random {

        private final List<AgentCandidate> team = List.of(agent(4), agent(1), inactive(2), agent(9), agent(6));

        private List<Long> picks(long seed, List<AgentCandidate> candidates) {
            RandomAssignment strategy = new RandomAssignment(new SplittableRandom(seed));
            return IntStream.range(0, 20)
                    .mapToObj(i -> picked(strategy.choose(new AssignmentRequest(new TicketId(i + 1),
                            Optional.empty(), Optional.empty(), candidates, Optional.empty()))))
                    .toList();
        }

        @Test
        void same_seed_gives_the_same_picks() {
            assertEquals(picks(42, team), picks(42, team));
        }

        @Test
        void candidate_order_does_not_change_the_picks() {
            List<AgentCandidate> reversed = new ArrayList<>(team);
            java.util.Collections.reverse(reversed);

            assertEquals(picks(42, team), picks(42, reversed));
        }

        @Test
        void only_active_agents_are_picked() {
            List<Long> picks = picks(7, team);

            assertTrue(Set.of(1L, 4L, 6L, 9L).containsAll(picks), picks.toString());
            assertTrue(picks.stream().distinct().count() > 1, "twenty picks from four agents should vary");
        }

        @Test
        void no_active_agent_means_no_agent_available() {
            assertInstanceOf(NoAgentAvailable.class,
                    new RandomAssignment(new SplittableRandom(1)).choose(request(inactive(2))));
        }
    }

    @Test
    void strategies_are_found_by_their_configuration_name() {
        for (String name : AssignmentStrategies.NAMES) {
            assertEquals(name, AssignmentStrategies.byName(name, new SplittableRandom(1)).name());
        }
        assertInstanceOf(LeastLoadedAssignment.class, AssignmentStrategies.byName(" Least_Loaded ", null));
    }

    @Test
    void unknown_strategy_name_lists_the_known_ones() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> AssignmentStrategies.byName("fastest", null));

        assertTrue(refused.getMessage().contains("round_robin, least_loaded, skill_based, random"),
                refused.getMessage());
    }

    @Test
    void a_request_cannot_list_an_agent_twice() {
        assertThrows(IllegalArgumentException.class, () -> request(agent(1), agent(1)));
    }
}
