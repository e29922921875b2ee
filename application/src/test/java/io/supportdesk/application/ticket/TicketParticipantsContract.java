package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link TicketParticipants} must do, run against the in-memory fake and the JDBC adapter alike. */
public abstract class TicketParticipantsContract {

    protected abstract TicketParticipants participants();

    /** Stores an active person with exactly these details and returns their id. */
    protected abstract UserId aPerson(Role role, String fullName, String normalisedEmail);

    protected abstract void deactivate(UserId id);

    private static final UserId UNKNOWN = new UserId(Long.MAX_VALUE - 9);

    private Participant anActive(Role role, String fullName) {
        String email = "p-" + UUID.randomUUID() + "@example.test";
        return new Participant(aPerson(role, fullName, email), email, fullName, role, true);
    }

    @Test
    void a_person_is_found_by_id_with_what_a_ticket_shows_about_them() {
        Participant agent = anActive(Role.AGENT, "Ada Agent");
        Participant customer = anActive(Role.CUSTOMER, "Carl Customer");

        assertEquals(Optional.of(agent), participants().find(agent.id()));
        assertEquals(Optional.of(customer), participants().find(customer.id()));
        assertTrue(participants().find(UNKNOWN).isEmpty());
    }

    @Test
    void a_deactivated_person_is_still_found_and_shown_as_inactive() {
        Participant manager = anActive(Role.MANAGER, "Mia Manager");

        deactivate(manager.id());

        Participant found = participants().find(manager.id()).orElseThrow();
        assertEquals(manager.email(), found.email());
        assertFalse(found.active());
    }

    @Test
    void a_person_is_found_by_their_normalised_email_and_nobody_by_an_unknown_one() {
        Participant customer = anActive(Role.CUSTOMER, "Erin Email");
        anActive(Role.CUSTOMER, "Someone Else");

        assertEquals(Optional.of(customer), participants().findByEmail(customer.email()));
        assertTrue(participants().findByEmail("nobody-" + UUID.randomUUID() + "@example.test").isEmpty());
    }

    @Test
    void find_all_gives_the_known_ones_by_id_and_leaves_out_unknown_ids() {
        Participant first = anActive(Role.CUSTOMER, "First Person");
        Participant second = anActive(Role.AGENT, "Second Person");
        anActive(Role.AGENT, "Not Asked");

        assertEquals(Map.of(first.id(), first, second.id(), second),
                participants().findAll(List.of(first.id(), UNKNOWN, second.id())));
        assertTrue(participants().findAll(List.of(UNKNOWN)).isEmpty());
        assertTrue(participants().findAll(List.of()).isEmpty());
    }
}
