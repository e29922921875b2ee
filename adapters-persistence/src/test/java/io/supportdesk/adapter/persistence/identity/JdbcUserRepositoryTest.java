package io.supportdesk.adapter.persistence.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.identity.UserRepositoryContract;
import io.supportdesk.application.identity.port.out.UserRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The user repository contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcUserRepositoryTest extends UserRepositoryContract implements TestPropertyProvider {

    @Inject
    JdbcUserRepository repository;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
