package io.supportdesk.adapter.persistence.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.identity.LoginAttemptsContract;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The login-attempts contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcLoginAttemptsTest extends LoginAttemptsContract implements TestPropertyProvider {

    @Inject
    JdbcLoginAttempts attempts;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
