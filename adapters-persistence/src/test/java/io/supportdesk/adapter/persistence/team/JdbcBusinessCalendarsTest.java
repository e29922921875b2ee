package io.supportdesk.adapter.persistence.team;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.team.BusinessCalendarsContract;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The business calendars contract against real PostgreSQL, and the stored form other tables rely on. */
@AdapterTest
class JdbcBusinessCalendarsTest extends BusinessCalendarsContract {

    @Inject
    JdbcBusinessCalendars calendars;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    TestRows rows;

    @Override
    protected BusinessCalendars calendars() {
        return calendars;
    }

    @Override
    protected TeamRepository teams() {
        return teams;
    }

    @Test
    void the_definition_is_stored_as_the_json_document_tickets_copy() {
        BusinessCalendar lisbon = BusinessCalendar.of(ZoneId.of("Europe/Lisbon"),
                Map.of(DayOfWeek.TUESDAY, List.of(new OpeningHours(LocalTime.of(8, 0), LocalTime.of(16, 0)))),
                List.of());

        StoredCalendar added = calendars.add("Lisbon " + UUID.randomUUID(), lisbon,
                Instant.now().truncatedTo(ChronoUnit.MICROS));

        assertEquals(1, rows.number("""
                SELECT count(*) FROM business_calendars
                WHERE id = ? AND definition->>'time_zone' = 'Europe/Lisbon'
                  AND definition->'week'->'tuesday'->0->>'from' = '08:00'""", added.id().value()));
    }
}
