package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** NOTIFY and LISTEN on real PostgreSQL: delivery on commit only, and a listener that survives losing its line. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgNotifyTest implements TestPropertyProvider {

    /** A generous bound for what must arrive: a loaded 2-core machine stalls for seconds at a time. */
    private static final Duration ARRIVAL = Duration.ofSeconds(30);


    @Inject
    PgNotifyTicketEvents ticketEvents;
    @Inject
    PgNotifyChatBroadcast broadcast;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private final LinkedBlockingQueue<ChatSignal> received = new LinkedBlockingQueue<>();
    private PgNotifyListener listener;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @BeforeEach
    void listen() throws InterruptedException {
        Map<String, String> db = TestDatabase.stringProperties();
        listener = new PgNotifyListener(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"), received::add, Duration.ofMillis(50), Duration.ofMillis(200));
        received.clear();
        listener.start();
        awaitListening();
    }

    @AfterEach
    void stop() {
        listener.stop();
    }

    @Test
    void a_signal_sent_in_a_transaction_arrives_when_it_commits_and_never_when_it_rolls_back() throws Exception {
        Typing rolledBack = new Typing(new TicketId(1), new UserId(2), true, false);
        Typing committed = new Typing(new TicketId(1), new UserId(2), false, false);

        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            broadcast.announce(rolledBack);
            throw new IllegalStateException("the change fails after announcing");
        }));
        transactions.executeWrite(status -> {
            broadcast.announce(committed);
            assertNull(poll(Duration.ofMillis(300)), "nothing is delivered before the commit");
            return null;
        });

        assertEquals(committed, poll(ARRIVAL));
        assertNull(poll(Duration.ofMillis(300)));
    }

    @Test
    void ticket_events_are_announced_as_the_signals_they_give() throws Exception {
        CommentAdded added = new CommentAdded(UUID.randomUUID(), new TicketId(5), new CommentId(77),
                new Actor(new UserId(3), Role.AGENT), false, Instant.now());

        transactions.executeWrite(status -> {
            ticketEvents.publish(List.of(added));
            return null;
        });

        assertEquals(new MessagePosted(new TicketId(5), new CommentId(77)), poll(ARRIVAL));
    }

    @Test
    void a_listener_that_loses_its_connection_reconnects_reports_a_gap_and_goes_on_receiving() throws Exception {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?", statement -> {
                    statement.setString(1, PgNotifyListener.APPLICATION_NAME);
                    return statement.execute();
                }));

        assertInstanceOf(ChatSignal.Gap.class, poll(ARRIVAL));
        Typing after = new Typing(new TicketId(9), new UserId(9), true, false);
        transactions.executeWrite(status -> {
            broadcast.announce(after);
            return null;
        });
        assertEquals(after, poll(ARRIVAL));
    }

    private ChatSignal poll(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** LISTEN runs on the listener's own thread; wait until PostgreSQL shows it before sending. */
    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        while (System.nanoTime() < deadline) {
            boolean listening = transactions.executeRead(status -> jdbc.prepareStatement("""
                    SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND query LIKE 'LISTEN%'""",
                    statement -> {
                        statement.setString(1, PgNotifyListener.APPLICATION_NAME);
                        try (var rows = statement.executeQuery()) {
                            rows.next();
                            return rows.getInt(1) > 0;
                        }
                    }));
            if (listening) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the listener never started listening");
    }
}
