package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.identity.RefreshTokenStoreContract;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The refresh-token store contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRefreshTokenStoreTest extends RefreshTokenStoreContract implements TestPropertyProvider {

    @Inject
    JdbcRefreshTokenStore store;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId user;
    private UserId anotherUser;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

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
