package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.identity.UserRepositoryContract;
import io.supportdesk.application.identity.port.out.UserRepository;
import jakarta.inject.Inject;


/** The user repository contract against real PostgreSQL. */
@AdapterTest
class JdbcUserRepositoryTest extends UserRepositoryContract {

    @Inject
    JdbcUserRepository repository;


    @Override
    protected UserRepository repository() {
        return repository;
    }
}
