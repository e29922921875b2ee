package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.ListUsersQuery;
import io.supportdesk.application.identity.port.in.ListUsersUseCase;
import io.supportdesk.application.identity.port.in.UserPage;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.identity.port.out.UserSearch;

public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;

    public ListUsersService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserPage list(ListUsersQuery query) {
        IdentityAccess.requireUserReader(query.actor());
        UserSearch search = new UserSearch(query.role(), query.active(), query.text());
        long offset = (long) (query.page() - 1) * query.pageSize();
        return new UserPage(users.search(search, offset, query.pageSize()), users.count(search), query.page(),
                query.pageSize());
    }
}
