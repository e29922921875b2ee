package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.ticket.TicketBusyException;
import io.supportdesk.application.ticket.TicketRepositoryContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketChannel;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The ticket repository contract against real PostgreSQL. */
@AdapterTest
class JdbcTicketRepositoryTest extends TicketRepositoryContract {

    @Inject
    JdbcTicketRepository repository;
    @Inject
    JdbcTicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId customer;
    private UserId agent;


    @BeforeAll
    void createUsers() {
        transactions.executeWrite(status -> {
            customer = TestUsers.insert(jdbc, "customer");
            agent = TestUsers.insert(jdbc, "agent");
            return null;
        });
    }

    @Test
    void a_held_ticket_makes_another_holder_wait_and_then_see_the_change() throws Exception {
        Ticket ticket = repository.save(newTicket());
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<Ticket> waiting = transactions.executeWrite(status -> {
                Ticket held = repository.findByIdForUpdate(ticket.id()).orElseThrow();
                Future<Ticket> other = second.submit(() -> transactions.executeWrite(
                        inner -> repository.findByIdForUpdate(ticket.id()).orElseThrow()));
                awaitSomeoneWaitingForALock();
                assertFalse(other.isDone(), "the second holder waits while the first holds the ticket");
                repository.save(held);
                return other;
            });
            assertEquals(ticket.version() + 1, waiting.get(60, TimeUnit.SECONDS).version(),
                    "it reads the ticket as the first holder left it, so its own save cannot be stale");
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void a_ticket_held_past_the_lock_bound_is_busy_and_free_again_once_let_go() throws Exception {
        Ticket ticket = repository.save(newTicket());
        try (Connection holder = ownConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT id FROM tickets WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, ticket.id().value());
                lock.executeQuery().close();
            }
            assertThrows(TicketBusyException.class, () -> holdBriefly(() -> repository.findByIdForUpdate(ticket.id())));
            assertThrows(TicketBusyException.class,
                    () -> holdBriefly(() -> repository.findByNumberForUpdate(ticket.number())));
            Ticket read = repository.findById(ticket.id()).orElseThrow();
            assertThrows(TicketBusyException.class, () -> holdBriefly(() -> repository.save(read)),
                    "a change that read it without holding it waits at its update");
            holder.rollback();
        }
        assertEquals(Optional.of(ticket.id()), holdBriefly(() -> repository.findByIdForUpdate(ticket.id()))
                .map(Ticket::id));
    }

    /** A unit of work whose lock waits end after 200 ms rather than the configured bound. */
    private <T> T holdBriefly(java.util.function.Supplier<T> work) {
        return transactions.executeWrite(status -> {
            jdbc.prepareStatement("SET LOCAL lock_timeout = '200ms'", java.sql.PreparedStatement::execute);
            return work.get();
        });
    }

    private static Connection ownConnection() throws SQLException {
        Map<String, String> db = TestDatabase.stringProperties();
        return DriverManager.getConnection(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    /** The contract proves the table takes every channel the domain has; this, that it takes no other (V24). */
    @Test
    void the_table_refuses_a_channel_the_domain_does_not_know() {
        Ticket saved = repository.add(newTicket());

        RuntimeException refused = assertThrows(RuntimeException.class, () -> transactions.executeWrite(status ->
                jdbc.prepareStatement("UPDATE tickets SET channel = 'fax' WHERE id = ?", statement -> {
                    statement.setLong(1, saved.id().value());
                    return statement.executeUpdate();
                })));
        assertEquals(Optional.of("23514"), sqlState(refused), "a check violation");
        assertEquals(TicketChannel.WEB, repository.findById(saved.id()).orElseThrow().channel());
    }

    private static Optional<String> sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.ofNullable(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** Asked on a connection of its own, outside the transaction that holds the lock. */
    private void awaitSomeoneWaitingForALock() throws Exception {
        Map<String, String> db = TestDatabase.stringProperties();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection observer = DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"))) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = observer.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("nobody came to wait for the held ticket");
    }

    @Override
    protected TicketRepository repository() {
        return repository;
    }

    @Override
    protected TicketIdentities identities() {
        return identities;
    }

    @Override
    protected UserId existingCustomer() {
        return customer;
    }

    @Override
    protected UserId existingAgent() {
        return agent;
    }
}
