package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.LoginAttempts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link LoginAttempts} must do; extended by the in-memory fake's test and the JDBC adapter's. */
public abstract class LoginAttemptsContract {

    protected abstract LoginAttempts attempts();

    private Instant t0;
    private String account;
    private String address;

    /** Fresh keys per test, also when the extending test shares one instance between its tests. */
    @BeforeEach
    void freshKeys() {
        t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        account = "who-" + UUID.randomUUID() + "@example.test";
        address = "198.51.100." + UUID.randomUUID();
    }

    @Test
    void failures_come_back_newest_first_since_the_given_time_up_to_the_limit() {
        for (int i = 0; i < 4; i++) {
            attempts().recordFailure(account, address, t0.plusSeconds(i));
        }

        assertEquals(List.of(t0.plusSeconds(3), t0.plusSeconds(2)),
                attempts().failuresOfAccount(account, t0, 2));
        assertEquals(List.of(t0.plusSeconds(3), t0.plusSeconds(2), t0.plusSeconds(1)),
                attempts().failuresOfAccount(account, t0.plusSeconds(1), 10));
        assertEquals(4, attempts().failuresFromAddress(address, t0, 10).size());
    }

    @Test
    void accounts_and_addresses_are_counted_separately() {
        String otherAddress = address + "-other";
        attempts().recordFailure(account, address, t0);
        attempts().recordFailure(account, otherAddress, t0.plusSeconds(1));
        attempts().recordFailure("someone-else-" + account, address, t0.plusSeconds(2));

        assertEquals(2, attempts().failuresOfAccount(account, t0, 10).size());
        assertEquals(2, attempts().failuresFromAddress(address, t0, 10).size());
        assertEquals(List.of(t0.plusSeconds(1)), attempts().failuresFromAddress(otherAddress, t0, 10));
    }

    @Test
    void clearing_an_account_keeps_counting_its_failures_against_the_address() {
        attempts().recordFailure(account, address, t0);
        attempts().recordFailure(account, address, t0.plusSeconds(1));
        attempts().clearAccount(account);
        attempts().recordFailure(account, address, t0.plusSeconds(2));

        assertEquals(List.of(t0.plusSeconds(2)), attempts().failuresOfAccount(account, t0, 10));
        assertEquals(3, attempts().failuresFromAddress(address, t0, 10).size());
    }

    @Test
    void old_failures_are_forgotten() {
        attempts().recordFailure(account, address, t0);
        attempts().recordFailure(account, address, t0.plusSeconds(30));
        attempts().forgetBefore(t0.plusSeconds(10));

        assertEquals(List.of(t0.plusSeconds(30)), attempts().failuresOfAccount(account, t0.minusSeconds(60), 10));
    }
}
