package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryTeamMembersTest extends TeamMembersContract {

    private final InMemoryTeamMembers members = new InMemoryTeamMembers();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final AtomicLong users = new AtomicLong();

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
        return new UserId(users.incrementAndGet());
    }
}
