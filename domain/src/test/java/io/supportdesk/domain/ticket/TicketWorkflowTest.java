package io.supportdesk.domain.ticket;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.CUSTOMER;
import static io.supportdesk.domain.ticket.TicketFixtures.T0;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketWorkflowTest {

    /*
     * The workflow as the product defines it, written out by hand (rows: from, columns: to; x = allowed).
     * Deliberately not derived from TicketStatus, so a slip in the enum's table shows up here.
     */
    private static final String EXPECTED_TABLE = """
                                 open  assigned  in_progress  waiting_on_customer  on_hold  resolved  closed  reopened
            open                  .       x          x                .               .        .        x        .
            assigned              x       .          x                .               .        .        x        .
            in_progress           .       .          .                x               x        x        x        .
            waiting_on_customer   .       .          x                .               .        x        x        .
            on_hold               .       .          x                .               .        .        .        .
            resolved              .       .          .                .               .        .        x        x
            closed                .       .          .                .               .        .        .        x
            reopened              .       x          x                .               .        x        x        .
            """;

    private final Workflow workflow = Workflow.standard();

    static Stream<Arguments> everyPairOfStatuses() {
        List<String> lines = EXPECTED_TABLE.lines().filter(line -> !line.isBlank()).toList();
        List<String> columns = Arrays.asList(lines.getFirst().trim().split("\\s+"));
        List<Arguments> pairs = new ArrayList<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.trim().split("\\s+");
            Set<String> allowed = new LinkedHashSet<>();
            for (int i = 0; i < columns.size(); i++) {
                if (cells[i + 1].equals("x")) {
                    allowed.add(columns.get(i));
                }
            }
            for (String to : columns) {
                pairs.add(Arguments.of(cells[0], to, allowed.contains(to), allowed));
            }
        }
        return pairs.stream();
    }

    @Test
    void expected_table_covers_all_sixty_four_pairs() {
        assertEquals(64, everyPairOfStatuses().count());
        assertEquals(TicketStatus.values().length * TicketStatus.values().length, everyPairOfStatuses().count());
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed = {2}")
    @MethodSource("everyPairOfStatuses")
    void workflow_allows_exactly_the_transitions_of_the_table(
            String fromCode, String toCode, boolean allowed, Set<String> allowedFromHere) {
        TicketStatus from = TicketStatus.fromCode(fromCode);
        TicketStatus to = TicketStatus.fromCode(toCode);
        Instant closedAt = from == TicketStatus.CLOSED ? T0 : null;

        assertEquals(allowed, from.canMoveTo(to));
        assertEquals(allowedFromHere, codes(from.allowedTargets()));
        if (allowed) {
            assertDoesNotThrow(() -> workflow.check(from, to, closedAt, T0));
        } else {
            InvalidTransitionException refused =
                    assertThrows(InvalidTransitionException.class, () -> workflow.check(from, to, closedAt, T0));
            assertEquals(from, refused.from());
            assertEquals(to, refused.to());
            assertEquals(allowedFromHere, codes(refused.allowed()));
            assertEquals("INVALID_TRANSITION", refused.code());
            assertTrue(refused.getMessage().startsWith("cannot move from " + fromCode + " to " + toCode),
                    refused.getMessage());
            allowedFromHere.forEach(code -> assertTrue(refused.getMessage().contains(code), refused.getMessage()));
        }
    }

    @Test
    void refusal_names_the_allowed_targets() {
        InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                () -> workflow.check(TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS, null, T0));

        assertEquals("cannot move from resolved to in_progress; allowed: closed, reopened", refused.getMessage());
        assertFalse(refused.reopenWindowEnded());
    }

    @Test
    void allowed_targets_cannot_be_modified() {
        assertThrows(UnsupportedOperationException.class,
                () -> TicketStatus.OPEN.allowedTargets().add(TicketStatus.RESOLVED));
        assertThrows(UnsupportedOperationException.class,
                () -> workflow.allowedTargets(TicketStatus.CLOSED, T0, T0.plus(Duration.ofDays(30))).clear());
    }

    @Test
    void only_resolved_and_closed_are_not_open() {
        Set<TicketStatus> notOpen = Arrays.stream(TicketStatus.values())
                .filter(status -> !status.isOpen())
                .collect(Collectors.toSet());

        assertEquals(Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), notOpen);
    }

    @Test
    void closed_ticket_can_be_reopened_exactly_at_the_end_of_the_seven_day_window() {
        Instant lastMoment = T0.plus(Duration.ofDays(7));

        assertDoesNotThrow(() -> workflow.check(TicketStatus.CLOSED, TicketStatus.REOPENED, T0, lastMoment));
        assertEquals(Set.of(TicketStatus.REOPENED), workflow.allowedTargets(TicketStatus.CLOSED, T0, lastMoment));
    }

    @Test
    void closed_ticket_cannot_be_reopened_one_second_after_the_window() {
        Instant tooLate = T0.plus(Duration.ofDays(7)).plusSeconds(1);

        InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                () -> workflow.check(TicketStatus.CLOSED, TicketStatus.REOPENED, T0, tooLate));

        assertTrue(refused.reopenWindowEnded());
        assertEquals(Set.of(), refused.allowed());
        assertEquals("cannot move from closed to reopened: the reopen window of 7 days ended at "
                + "2025-03-10T09:00:00Z; allowed: none", refused.getMessage());
    }

    @Test
    void reopen_window_is_configurable() {
        Workflow twoDays = new Workflow(Duration.ofDays(2));

        assertDoesNotThrow(() -> twoDays.check(TicketStatus.CLOSED, TicketStatus.REOPENED, T0,
                T0.plus(Duration.ofDays(2))));
        InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                () -> twoDays.check(TicketStatus.CLOSED, TicketStatus.REOPENED, T0,
                        T0.plus(Duration.ofDays(2)).plusSeconds(1)));
        assertTrue(refused.getMessage().contains("reopen window of 2 days"), refused.getMessage());
    }

    @Test
    void reopen_window_does_not_limit_resolved_tickets() {
        Instant muchLater = T0.plus(Duration.ofDays(365));

        assertDoesNotThrow(() -> workflow.check(TicketStatus.RESOLVED, TicketStatus.REOPENED, null, muchLater));
    }

    @Test
    void reopen_window_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new Workflow(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Workflow(Duration.ofDays(-1)));
    }

    @Test
    void closed_ticket_can_be_reopened_within_seven_days() {
        TestClock clock = TicketFixtures.clockAtT0();
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.CLOSED).build();

        clock.advance(Duration.ofDays(6));
        ticket.moveTo(TicketStatus.REOPENED, CUSTOMER, workflow, clock);

        assertEquals(TicketStatus.REOPENED, ticket.status());
        assertTrue(ticket.closedAt().isEmpty());
    }

    @Test
    void closed_ticket_cannot_be_reopened_after_seven_days() {
        TestClock clock = TicketFixtures.clockAtT0();
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.CLOSED).build();

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        InvalidTransitionException refused = assertThrows(InvalidTransitionException.class,
                () -> ticket.moveTo(TicketStatus.REOPENED, CUSTOMER, workflow, clock));
        assertTrue(refused.reopenWindowEnded());
        assertEquals(TicketStatus.CLOSED, ticket.status());
        assertTrue(ticket.pullEvents().isEmpty());
    }

    @Test
    void ticket_refuses_a_move_the_table_does_not_allow() {
        TestClock clock = TicketFixtures.clockAtT0();
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.RESOLVED).build();

        assertThrows(InvalidTransitionException.class,
                () -> ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock));
        assertEquals(TicketStatus.RESOLVED, ticket.status());
    }

    @Test
    void status_codes_round_trip_ignoring_case() {
        for (TicketStatus status : TicketStatus.values()) {
            assertEquals(status, TicketStatus.fromCode(status.code()));
            assertEquals(status, TicketStatus.fromCode(status.code().toUpperCase()));
        }
        assertEquals("waiting_on_customer", TicketStatus.WAITING_ON_CUSTOMER.code());
    }

    @Test
    void unknown_status_code_names_the_allowed_ones() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> TicketStatus.fromCode("pending"));

        assertTrue(refused.getMessage().contains("'pending'"));
        assertTrue(refused.getMessage().contains(
                "open, assigned, in_progress, waiting_on_customer, on_hold, resolved, closed, reopened"));
    }

    private static Set<String> codes(Set<TicketStatus> statuses) {
        return statuses.stream().map(TicketStatus::code).collect(Collectors.toSet());
    }
}
