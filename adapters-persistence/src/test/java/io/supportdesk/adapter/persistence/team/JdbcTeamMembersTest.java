package io.supportdesk.adapter.persistence.team;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.team.TeamMembersContract;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;

/** The team members contract against real PostgreSQL, with users inserted as rows. */
@AdapterTest
class JdbcTeamMembersTest extends TeamMembersContract {

    @Inject
    JdbcTeamMembers members;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    TestRows rows;

    @Override
    protected TeamMembers members() {
        return members;
    }

    @Override
    protected TeamRepository teams() {
        return teams;
    }

    @Override
    protected UserId aUser(Role role) {
        return rows.user(role);
    }
}
