package io.supportdesk.bootstrap.ticket;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Real users in the database with access tokens for them, minted by the application's own token generator
 * (so they pass every check a signed-in request meets), for system tests that are not about signing in.
 */
@Singleton
@Requires(env = "test")
public final class SignedInCallers {

    /** A user and a bearer token for them. */
    public record Caller(UserId id, String token) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final TokenGenerator tokens;

    SignedInCallers(JdbcOperations jdbc, TransactionOperations<Connection> transactions, TokenGenerator tokens) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tokens = tokens;
    }

    public Caller newCaller(String role) {
        UserId id = transactions.executeWrite(status -> TestUsers.insert(jdbc, role));
        String token = tokens.generateToken(Map.of("sub", String.valueOf(id.value()), "roles", List.of(role)))
                .orElseThrow();
        return new Caller(id, token);
    }
}
