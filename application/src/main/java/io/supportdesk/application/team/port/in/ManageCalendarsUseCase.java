package io.supportdesk.application.team.port.in;

import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;

import java.util.List;

/** Administrators keep the business calendars; staff read them. */
public interface ManageCalendarsUseCase {

    StoredCalendar create(Actor actor, String name, BusinessCalendar calendar);

    /** The open tickets of every team that counts in it are recounted. */
    StoredCalendar replace(Actor actor, BusinessCalendarId id, String name, BusinessCalendar calendar);

    List<StoredCalendar> list(Actor actor);

    StoredCalendar view(Actor actor, BusinessCalendarId id);

    void delete(Actor actor, BusinessCalendarId id);
}
