package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Micronaut Data's view of {@code tickets}; only {@link JdbcTicketRepository} uses it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TicketRowRepository extends CrudRepository<TicketRow, Long> {

    Optional<TicketRow> findByNumber(String number);

    @Query("SELECT * FROM tickets WHERE id = :id FOR UPDATE")
    Optional<TicketRow> findByIdForUpdate(Long id);

    @Query("SELECT * FROM tickets WHERE number = :number FOR UPDATE")
    Optional<TicketRow> findByNumberForUpdate(String number);
}
