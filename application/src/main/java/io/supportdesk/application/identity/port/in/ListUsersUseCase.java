package io.supportdesk.application.identity.port.in;

/** Lists accounts page by page, for managers and admins. */
public interface ListUsersUseCase {

    UserPage list(ListUsersQuery query);
}
