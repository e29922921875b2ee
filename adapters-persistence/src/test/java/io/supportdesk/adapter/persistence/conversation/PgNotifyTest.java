package io.supportdesk.adapter.persistence.conversation;

import io.supportdesk.adapter.persistence.DatabaseWaits;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.identity.port.in.ForgetCallersUseCase;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NOTIFY and LISTEN on real PostgreSQL: delivery on commit only, and a listener that survives losing its line. */
@AdapterTest
class PgNotifyTest {

    /** A generous bound for what must arrive: a loaded 2-core machine stalls for seconds at a time. */
    private static final Duration ARRIVAL = Duration.ofSeconds(30);


    @Inject
    PgNotifyTicketEvents ticketEvents;
    @Inject
    PgNotifyChatBroadcast broadcast;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DatabaseWaits waits;
    @Inject
    TransactionOperations<Connection> transactions;

    /** Signals on this ticket are relayed only once {@link #slowReleased}, as if behind a slow query. */
    private static final TicketId SLOW_TICKET = new TicketId(666);

    private final LinkedBlockingQueue<ChatSignal> received = new LinkedBlockingQueue<>();
    /** Account changes heard: a user id, or 0 for "announcements were missed". */
    private final LinkedBlockingQueue<Long> accounts = new LinkedBlockingQueue<>();
    private PgNotifyListener listener;
    private CountDownLatch slowStarted;
    private CountDownLatch slowReleased;


    @BeforeEach
    void listen() throws InterruptedException {
        Map<String, String> db = TestDatabase.stringProperties();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        slowStarted = started;
        slowReleased = released;
        listener = new PgNotifyListener(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"), waits, signal -> {
                    if (signal instanceof Typing typing && typing.ticket().equals(SLOW_TICKET)) {
                        started.countDown();
                        awaitQuietly(released);
                    }
                    received.add(signal);
                }, new ForgetCallersUseCase() {
                    @Override
                    public void accountChanged(UserId user) {
                        accounts.add(user.value());
                    }

                    @Override
                    public void announcementsMissed() {
                        accounts.add(0L);
                    }
                }, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(10), 100);
        received.clear();
        accounts.clear();
        listener.start();
        awaitListening();
    }

    @AfterEach
    void stop() {
        slowReleased.countDown();
        listener.stop();
    }

    @Test
    void the_database_announces_a_change_of_status_or_role_but_not_of_a_name() throws Exception {
        UserId user = transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
        Long first = accounts.poll(ARRIVAL.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(0L, first, "listening starts by forgetting what could have been missed");

        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE users SET full_name = 'Renamed' WHERE id = ?", statement -> {
                    statement.setLong(1, user.value());
                    return statement.executeUpdate();
                }));
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE users SET active = false WHERE id = ?", statement -> {
                    statement.setLong(1, user.value());
                    return statement.executeUpdate();
                }));

        assertEquals(user.value(), accounts.poll(ARRIVAL.toMillis(), TimeUnit.MILLISECONDS),
                "the deactivation is announced, and the rename before it was not");
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
                new Actor(new UserId(3), Role.AGENT), false, Channel.CHAT, Instant.now());

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

    @Test
    void a_slow_relay_on_one_ticket_holds_up_neither_the_listener_nor_another_tickets_signals() throws Exception {
        Typing slow = new Typing(SLOW_TICKET, new UserId(2), true, false);
        Typing other = new Typing(new TicketId(3), new UserId(2), true, false);

        transactions.executeWrite(status -> {
            broadcast.announce(slow);
            return null;
        });
        assertTrue(slowStarted.await(ARRIVAL.toMillis(), TimeUnit.MILLISECONDS), "the slow relay started");
        transactions.executeWrite(status -> {
            broadcast.announce(other);
            return null;
        });

        assertEquals(other, poll(ARRIVAL), "the other ticket's signal arrives while the slow one is still relayed");
        slowReleased.countDown();
        assertEquals(slow, poll(ARRIVAL));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(ARRIVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ChatSignal poll(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * LISTEN runs on the listener's own thread; wait until it says it listens before sending. (Not pg_stat_activity:
     * the connection of the previous test's listener, closed a moment ago, may still be listed there, listening.)
     */
    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        while (System.nanoTime() < deadline) {
            if (listener.listening()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the listener never started listening");
    }
}
