package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/** A ticket with its people and metadata in one statement ({@link TicketViewSql}). */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketViews implements TicketViews {

    private final JdbcOperations jdbc;
    private final TicketRowMapper mapper;

    JdbcTicketViews(JdbcOperations jdbc, TicketRowMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public Optional<TicketWithPeople> find(TicketReference reference) {
        String where = switch (reference) {
            case TicketReference.ById byId -> " WHERE t.id = ?";
            case TicketReference.ByNumber byNumber -> " WHERE t.number = ?";
        };
        return jdbc.prepareStatement(TicketViewSql.SELECT + where, statement -> {
            switch (reference) {
                case TicketReference.ById byId -> statement.setLong(1, byId.id().value());
                case TicketReference.ByNumber byNumber -> statement.setString(1, byNumber.number().value());
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(TicketViewSql.read(jdbc, mapper, rows)) : Optional.empty();
            }
        });
    }
}
