package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Failed sign-ins in PostgreSQL, so every instance counts the same failures. */
@Singleton
@Transactional
public class JdbcLoginAttempts implements LoginAttempts {

    private final JdbcOperations jdbc;

    JdbcLoginAttempts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordFailure(String account, String clientAddress, Instant at) {
        jdbc.prepareStatement("INSERT INTO login_failures (account, client_address, failed_at) VALUES (?, ?, ?)",
                statement -> {
                    statement.setString(1, account);
                    statement.setString(2, clientAddress);
                    statement.setTimestamp(3, Timestamp.from(at));
                    return statement.executeUpdate();
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instant> failuresOfAccount(String account, Instant since, int limit) {
        return failures("account = ? AND counts_for_account", account, since, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instant> failuresFromAddress(String clientAddress, Instant since, int limit) {
        return failures("client_address = ?", clientAddress, since, limit);
    }

    @Override
    public void clearAccount(String account) {
        jdbc.prepareStatement(
                "UPDATE login_failures SET counts_for_account = false WHERE account = ? AND counts_for_account",
                statement -> {
                    statement.setString(1, account);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void forgetBefore(Instant instant) {
        jdbc.prepareStatement("DELETE FROM login_failures WHERE failed_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(instant));
            return statement.executeUpdate();
        });
    }

    private List<Instant> failures(String condition, String key, Instant since, int limit) {
        String sql = "SELECT failed_at FROM login_failures WHERE " + condition
                + " AND failed_at >= ? ORDER BY failed_at DESC LIMIT ?";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, key);
            statement.setTimestamp(2, Timestamp.from(since));
            statement.setInt(3, limit);
            List<Instant> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getTimestamp(1).toInstant());
                }
            }
            return found;
        });
    }
}
