package io.supportdesk.application.identity.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins, per account (the normalised email, registered or not) and per client address, shared by every
 * running instance so that spreading attempts over instances does not help an attacker.
 */
public interface LoginAttempts {

    void recordFailure(String account, String clientAddress, Instant at);

    /** When the account's failures since {@code since} happened, newest first, at most {@code limit}. */
    List<Instant> failuresOfAccount(String account, Instant since, int limit);

    /** When the address's failures since {@code since} happened, newest first, at most {@code limit}. */
    List<Instant> failuresFromAddress(String clientAddress, Instant since, int limit);

    /** A successful sign-in: the account's earlier failures no longer count (the address's still do). */
    void clearAccount(String account);

    /** Drops failures older than {@code instant}; they count for nothing any more. */
    void forgetBefore(Instant instant);
}
