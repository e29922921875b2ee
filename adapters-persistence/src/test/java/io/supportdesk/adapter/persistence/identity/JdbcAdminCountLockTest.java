package io.supportdesk.adapter.persistence.identity;

import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances starting on an empty database each provisioned a first admin (faults/concurrent_start.py): with no
 * admin row there was nothing for {@code FOR UPDATE} to hold. The count now holds a transaction lock first.
 */
@AdapterTest
class JdbcAdminCountLockTest {

    /** A generous bound for what must happen: a loaded 2-core machine stalls for seconds at a time. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    JdbcUserRepository users;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    TestRows rows;

    @Test
    void a_second_count_waits_for_the_first_transaction_and_sees_the_admin_it_added() throws Exception {
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = threads.submit(() -> transactions.executeWrite(status -> {
                long before = users.countActiveAdminsForUpdate();
                // The admin this "instance" provisions, in its own transaction (TestRows joins it).
                rows.user(Role.ADMIN);
                counted.countDown();
                await(release);
                return before;
            }));
            assertTrue(counted.await(BOUND.toSeconds(), TimeUnit.SECONDS), "the first count ran");
            Future<Long> second = threads.submit(() -> transactions.executeWrite(
                    status -> users.countActiveAdminsForUpdate()));
            rows.awaitWaiterOnAdvisoryLock(0x5d_0003, 0, BOUND);
            release.countDown();

            long before = first.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertEquals(before + 1, second.get(BOUND.toSeconds(), TimeUnit.SECONDS),
                    "the second count sees the admin the first one added: it would not provision another");
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
