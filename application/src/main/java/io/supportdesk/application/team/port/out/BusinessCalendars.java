package io.supportdesk.application.team.port.out;

import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The named business calendars teams count their SLA time in. Names are unique ignoring case. */
public interface BusinessCalendars {

    /** A calendar as stored, under its name. */
    record StoredCalendar(BusinessCalendarId id, String name, BusinessCalendar calendar, Instant updatedAt) {
        public StoredCalendar {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    /** @throws io.supportdesk.application.team.TeamConflictException when another calendar has the name */
    StoredCalendar add(String name, BusinessCalendar calendar, Instant now);

    /**
     * Replaces name and definition.
     *
     * @throws io.supportdesk.application.team.TeamConflictException when another calendar has the name
     */
    StoredCalendar replace(BusinessCalendarId id, String name, BusinessCalendar calendar, Instant now);

    Optional<StoredCalendar> find(BusinessCalendarId id);

    /** Every calendar, by name. */
    List<StoredCalendar> all();

    /**
     * @return whether it existed
     * @throws io.supportdesk.application.team.TeamConflictException when a team still counts in it
     */
    boolean delete(BusinessCalendarId id);
}
