package io.supportdesk.adapter.persistence.team;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Availability kept with the account ({@code users.availability}), on real PostgreSQL. */
@AdapterTest
class JdbcAgentAvailabilityTest {

    @Inject
    JdbcAgentAvailability availability;
    @Inject
    TestRows rows;

    @Test
    void a_new_account_is_available() {
        UserId agent = rows.user(Role.AGENT);

        assertEquals(Map.of(agent, Availability.AVAILABLE), availability.of(List.of(agent)));
    }

    @Test
    void what_is_set_is_read_back_for_each_person_asked_about() {
        UserId away = rows.user(Role.AGENT);
        UserId offline = rows.user(Role.MANAGER);
        UserId untouched = rows.user(Role.AGENT);

        availability.set(away, Availability.AWAY);
        availability.set(offline, Availability.OFFLINE);

        assertEquals(Map.of(away, Availability.AWAY, offline, Availability.OFFLINE, untouched, Availability.AVAILABLE),
                availability.of(Set.of(away, offline, untouched)));
        assertEquals(Map.of(away, Availability.AWAY), availability.of(List.of(away)));
    }

    @Test
    void setting_again_replaces_and_changes_nobody_else() {
        UserId agent = rows.user(Role.AGENT);
        UserId colleague = rows.user(Role.AGENT);
        availability.set(colleague, Availability.AWAY);

        availability.set(agent, Availability.OFFLINE);
        availability.set(agent, Availability.AVAILABLE);

        assertEquals(Map.of(agent, Availability.AVAILABLE, colleague, Availability.AWAY),
                availability.of(List.of(agent, colleague)));
        assertEquals(1, rows.number("SELECT count(*) FROM users WHERE id = ? AND availability = 'away'",
                colleague.value()));
    }

    @Test
    void unknown_ids_are_absent_from_the_answer() {
        UserId agent = rows.user(Role.AGENT);
        availability.set(agent, Availability.AWAY);
        UserId unknown = new UserId(Long.MAX_VALUE - 7);

        assertEquals(Map.of(agent, Availability.AWAY), availability.of(List.of(agent, unknown)));
        assertEquals(Map.of(), availability.of(List.of(unknown)));
    }

    @Test
    void an_id_asked_twice_is_answered_once() {
        UserId agent = rows.user(Role.AGENT);

        assertEquals(Map.of(agent, Availability.AVAILABLE), availability.of(List.of(agent, agent)));
    }

    @Test
    void asking_about_nobody_answers_nothing() {
        assertEquals(Map.of(), availability.of(List.of()));
        assertEquals(Map.of(), availability.of(Set.of()));
    }
}
