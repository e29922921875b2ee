package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamRepository;

class InMemoryBusinessCalendarsTest extends BusinessCalendarsContract {

    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryBusinessCalendars calendars = new InMemoryBusinessCalendars(teams);

    @Override
    protected BusinessCalendars calendars() {
        return calendars;
    }

    @Override
    protected TeamRepository teams() {
        return teams;
    }
}
