package io.supportdesk.application.demo;

import io.supportdesk.application.demo.DemoPlan.PlannedTicket;
import io.supportdesk.application.demo.DemoPlan.Step;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPlanTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:15:00Z");

    /** The shipped categories' skills and the shipped SLA targets. */
    private static final DemoPlan.Rules SHIPPED = new DemoPlan.Rules() {
        private final Map<String, String> skills = Map.of("technical", "technical", "billing", "billing",
                "bug_report", "technical", "security", "security", "api", "technical");

        @Override
        public SlaTargets targets(Priority priority, String category) {
            return SlaPolicy.defaults().targetsFor(priority, new CategoryCode(category));
        }

        @Override
        public Optional<String> requiredSkill(String category) {
            return Optional.ofNullable(skills.get(category));
        }

        @Override
        public boolean offers(String category) {
            return true;
        }
    };

    private static List<PlannedTicket> plan(Instant now) {
        return DemoPlan.plan(now, new Random(SeedDemoDeskService.PLAN_SEED), SHIPPED);
    }

    @Test
    void sixty_tickets_are_opened_over_the_last_thirty_days_oldest_first() {
        List<PlannedTicket> plan = plan(NOW);

        assertEquals(60, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            Instant opened = plan.get(i).openedAt();
            assertTrue(opened.isAfter(NOW.minus(Duration.ofDays(30))) && opened.isBefore(NOW), opened::toString);
            if (i > 0) {
                assertFalse(opened.isBefore(plan.get(i - 1).openedAt()), "oldest first");
            }
        }
    }

    @Test
    void most_days_have_tickets() {
        Set<LocalDate> days = plan(NOW).stream().map(t -> LocalDate.ofInstant(t.openedAt(), ZoneOffset.UTC))
                .collect(Collectors.toSet());

        assertTrue(days.size() >= 20, () -> "tickets on only " + days.size() + " days");
    }

    @Test
    void every_status_is_there() {
        Set<TicketStatus> outcomes = plan(NOW).stream().map(PlannedTicket::outcome)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));

        assertEquals(EnumSet.allOf(TicketStatus.class), outcomes);
    }

    @Test
    void the_same_moment_gives_the_same_desk() {
        assertEquals(plan(NOW), plan(NOW));
    }

    @Test
    void at_any_moment_every_step_comes_after_the_one_before_and_before_now() {
        // Moments across a year and at every hour of the day: the plan must fit whatever the weekday and the time.
        for (int i = 0; i < 120; i++) {
            Instant now = NOW.plus(Duration.ofDays(3L * i)).plus(Duration.ofMinutes(97L * i));
            for (PlannedTicket ticket : plan(now)) {
                Instant previous = ticket.openedAt();
                for (Step step : ticket.steps()) {
                    assertTrue(step.at().isAfter(previous), () -> "steps out of order at " + now + ": " + ticket);
                    previous = step.at();
                }
                assertTrue(previous.isBefore(now), () -> "a step after " + now + ": " + ticket);
            }
        }
    }

    @Test
    void the_freshest_tickets_have_used_most_of_their_first_response_target() {
        List<PlannedTicket> atRisk = plan(NOW).stream().filter(t -> t.steps().size() <= 1
                && (t.outcome() == TicketStatus.OPEN || t.outcome() == TicketStatus.ASSIGNED)
                && Duration.between(t.openedAt(), NOW).compareTo(SHIPPED.targets(t.priority(),
                t.subject().category()).firstResponse()) < 0
                && Duration.between(t.openedAt(), NOW).multipliedBy(5).compareTo(SHIPPED.targets(t.priority(),
                t.subject().category()).firstResponse().multipliedBy(4)) >= 0).toList();

        assertTrue(atRisk.size() >= 2, atRisk::toString);
    }
}
