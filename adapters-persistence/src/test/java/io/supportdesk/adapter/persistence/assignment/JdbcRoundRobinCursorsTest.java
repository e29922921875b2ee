package io.supportdesk.adapter.persistence.assignment;

import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@AdapterTest
class JdbcRoundRobinCursorsTest {

    /** A generous bound for what must happen: a loaded 2-core machine stalls for seconds at a time. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    JdbcRoundRobinCursors cursors;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    TestRows rows;

    @Test
    void an_assignment_that_waited_for_the_teams_lock_reads_the_cursor_the_other_one_moved() throws Exception {
        // A team of its own (the cursor's key needs no team row), so the shared database's other cursors stay apart.
        Optional<TeamId> team = Optional.of(new TeamId(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000)));
        UserId ann = rows.user(Role.AGENT);
        CountDownLatch moved = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<UserId>> first = threads.submit(() -> transactions.executeWrite(status -> {
                Optional<UserId> last = cursors.last(team);
                cursors.moveTo(team, ann);
                moved.countDown();
                await(release);
                return last;
            }));
            assertTrue(moved.await(BOUND.toSeconds(), TimeUnit.SECONDS), "the first assignment moved the cursor");
            Future<Optional<UserId>> second = threads.submit(() -> transactions.executeWrite(
                    status -> cursors.last(team)));
            rows.awaitWaiterOnAdvisoryLock(0x5d_0001, (int) team.get().value(), BOUND);
            release.countDown();

            assertEquals(Optional.empty(), first.get(BOUND.toSeconds(), TimeUnit.SECONDS), "a new team's cursor");
            // Read in the statement that waited, the cursor would be the one before the first assignment committed:
            // both would pick the same agent.
            assertEquals(Optional.of(ann), second.get(BOUND.toSeconds(), TimeUnit.SECONDS));
        } finally {
            release.countDown();
            threads.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(BOUND.toSeconds() * 2, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
