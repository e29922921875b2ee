package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
