package io.supportdesk.adapter.persistence.team;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.team.TeamRepositoryContract;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamRepository;
import jakarta.inject.Inject;

/** The team repository contract against real PostgreSQL. */
@AdapterTest
class JdbcTeamRepositoryTest extends TeamRepositoryContract {

    @Inject
    JdbcTeamRepository teams;
    @Inject
    JdbcBusinessCalendars calendars;

    @Override
    protected TeamRepository teams() {
        return teams;
    }

    @Override
    protected BusinessCalendars calendars() {
        return calendars;
    }
}
