package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

/** Shows one account: anyone their own, managers and admins everyone's. */
public interface ViewUserUseCase {

    /** @throws io.supportdesk.application.identity.UserNotFoundException also when the caller may not see it */
    User view(ViewUserQuery query);
}
