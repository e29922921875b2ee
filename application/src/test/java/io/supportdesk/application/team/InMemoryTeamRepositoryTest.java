package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamRepository;

class InMemoryTeamRepositoryTest extends TeamRepositoryContract {

    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryBusinessCalendars calendars = new InMemoryBusinessCalendars(teams);

    @Override
    protected TeamRepository teams() {
        return teams;
    }

    @Override
    protected BusinessCalendars calendars() {
        return calendars;
    }
}
