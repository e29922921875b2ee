package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.identity.RefreshTokenStoreContract;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;

/** The refresh-token store contract against real PostgreSQL. */
@AdapterTest
class JdbcRefreshTokenStoreTest extends RefreshTokenStoreContract {

    @Inject
    JdbcRefreshTokenStore store;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId user;
    private UserId anotherUser;


    @BeforeAll
    void createUsers() {
        transactions.executeWrite(status -> {
            user = TestUsers.insert(jdbc, "customer");
            anotherUser = TestUsers.insert(jdbc, "agent");
            return null;
        });
    }

    @Override
    protected RefreshTokenStore store() {
        return store;
    }

    @Override
    protected UserId existingUser() {
        return user;
    }

    @Override
    protected UserId anotherExistingUser() {
        return anotherUser;
    }
}
