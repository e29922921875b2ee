package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;

/** Sign-ins in {@code sign_ins} (V24), one row each; a sign-in's row joins the sign-in's transaction. */
@Singleton
@Transactional
public class JdbcSignInLog implements SignInLog {

    private final JdbcOperations jdbc;

    JdbcSignInLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UserId user, Instant at) {
        jdbc.prepareStatement("INSERT INTO sign_ins (user_id, signed_in_at) VALUES (?, ?)", statement -> {
            statement.setLong(1, user.value());
            statement.setTimestamp(2, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    @Override
    public void forgetBefore(Instant instant) {
        jdbc.prepareStatement("DELETE FROM sign_ins WHERE signed_in_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(instant));
            return statement.executeUpdate();
        });
    }
}
