package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Who may be assigned" in its two forms: {@link Role#mayBeAssigned()} and {@link UserSql#ASSIGNABLE_ROLES}. */
@AdapterTest
class UserSqlTest {

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;


    @Test
    void the_sql_form_of_who_may_be_assigned_matches_the_domain_rule_for_every_role() {
        for (Role role : Role.values()) {
            UserId user = transactions.executeWrite(status -> TestUsers.insert(jdbc, role.code()));
            boolean matched = transactions.executeRead(status -> jdbc.prepareStatement(
                    "SELECT role IN " + UserSql.ASSIGNABLE_ROLES + " FROM users WHERE id = ?", statement -> {
                        statement.setLong(1, user.value());
                        try (ResultSet row = statement.executeQuery()) {
                            row.next();
                            return row.getBoolean(1);
                        }
                    }));
            assertEquals(role.mayBeAssigned(), matched, role.code());
        }
    }
}
