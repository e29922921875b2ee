package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.identity.SignInLogContract;
import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sign-in log contract against real PostgreSQL. */
@AdapterTest
class JdbcSignInLogTest extends SignInLogContract {

    @Inject
    JdbcSignInLog log;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected SignInLog log() {
        return log;
    }

    @Override
    protected UserId aUser() {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, "customer"));
    }

    @Override
    protected List<Instant> signInsOf(UserId user) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT signed_in_at FROM sign_ins WHERE user_id = ? ORDER BY signed_in_at", statement -> {
                    statement.setLong(1, user.value());
                    List<Instant> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getTimestamp(1).toInstant());
                        }
                    }
                    return found;
                }));
    }

    @Test
    void a_sign_in_recorded_in_a_transaction_that_rolls_back_is_not_kept() {
        UserId user = aUser();

        try {
            transactions.executeWrite(status -> {
                log.record(user, Instant.now());
                throw new IllegalStateException("the sign-in failed after all");
            });
        } catch (IllegalStateException expected) {
            // The sign-in's own transaction decides: its row goes with it.
        }

        assertEquals(List.of(), signInsOf(user));
    }

    @Test
    void a_deleted_users_sign_ins_go_with_them() {
        UserId user = aUser();
        log.record(user, Instant.now());

        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM users WHERE id = ?", statement -> {
            statement.setLong(1, user.value());
            return statement.executeUpdate();
        }));

        assertEquals(List.of(), signInsOf(user));
    }
}
