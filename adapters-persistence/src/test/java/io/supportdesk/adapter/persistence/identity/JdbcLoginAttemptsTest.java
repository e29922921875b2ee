package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.identity.LoginAttemptsContract;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import jakarta.inject.Inject;


/** The login-attempts contract against real PostgreSQL. */
@AdapterTest
class JdbcLoginAttemptsTest extends LoginAttemptsContract {

    @Inject
    JdbcLoginAttempts attempts;


    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
