package io.supportdesk.adapter.persistence.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.domain.identity.UserId;

import java.util.UUID;

/** Inserts users straight into the table, for tests of tables that reference them. */
public final class TestUsers {

    private TestUsers() {
    }

    public static UserId insert(JdbcOperations jdbc, String role) {
        return insert(jdbc, role, "Test " + role, role + "-" + UUID.randomUUID() + "@example.test");
    }

    /** A user with exactly this name and address; the address must not be taken yet. */
    public static UserId insert(JdbcOperations jdbc, String role, String fullName, String email) {
        return jdbc.prepareStatement("""
                INSERT INTO users (email, full_name, password_hash, role, created_at, updated_at)
                VALUES (?, ?, 'not-a-real-hash', ?, now(), now()) RETURNING id""", statement -> {
            statement.setString(1, email);
            statement.setString(2, fullName);
            statement.setString(3, role);
            try (var result = statement.executeQuery()) {
                result.next();
                return new UserId(result.getLong(1));
            }
        });
    }
}
