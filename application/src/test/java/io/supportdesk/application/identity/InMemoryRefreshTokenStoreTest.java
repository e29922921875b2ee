package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.domain.identity.UserId;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();

    @Override
    protected RefreshTokenStore store() {
        return store;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(1);
    }

    @Override
    protected UserId anotherExistingUser() {
        return new UserId(2);
    }
}
