package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Micronaut Data's view of {@code users}; only {@link JdbcUserRepository} uses it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends CrudRepository<UserRow, Long> {

    /** Compared the way the unique index {@code users_email_key} compares, so the lookup uses it. */
    @Query("SELECT * FROM users WHERE lower(email) = lower(:email)")
    Optional<UserRow> findByEmail(String email);
}
