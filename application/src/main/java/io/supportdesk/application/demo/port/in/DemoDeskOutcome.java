package io.supportdesk.application.demo.port.in;

import io.supportdesk.domain.identity.EmailAddress;

import java.util.List;
import java.util.Objects;

/** What seeding the demo desk did. */
public sealed interface DemoDeskOutcome {

    /**
     * The desk was empty and now holds the demo data.
     *
     * @param accounts the demo accounts with their passwords, chosen at random for this run: to be shown to the
     *                 operator exactly once
     * @param tickets  how many tickets were written
     */
    record Seeded(List<DemoAccount> accounts, int tickets) implements DemoDeskOutcome {

        public Seeded {
            accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        }
    }

    /** The database has tickets: demo data never goes in beside real ones. Nothing was written. */
    record TicketsExist() implements DemoDeskOutcome {
    }

    /**
     * No ticket exists, but an account with one of the demo addresses does (made by hand, or by an earlier version):
     * its password is not ours to replace. Nothing was written.
     */
    record AccountExists(EmailAddress email) implements DemoDeskOutcome {

        public AccountExists {
            Objects.requireNonNull(email, "email");
        }
    }
}
