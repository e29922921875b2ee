package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link SignInLog} must do; extended by the in-memory fake's test and the JDBC adapter's. */
public abstract class SignInLogContract {

    protected abstract SignInLog log();

    /** A user the log may name, a new one on every call (the JDBC log refers to users). */
    protected abstract UserId aUser();

    /** When the user's recorded sign-ins happened, oldest first: read past the port, as a report would read them. */
    protected abstract List<Instant> signInsOf(UserId user);

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void every_sign_in_is_recorded_for_its_user_at_its_time() {
        UserId ann = aUser();
        UserId bob = aUser();

        log().record(ann, now.minus(Duration.ofHours(2)));
        log().record(bob, now.minus(Duration.ofHours(1)));
        log().record(ann, now);

        assertEquals(List.of(now.minus(Duration.ofHours(2)), now), signInsOf(ann));
        assertEquals(List.of(now.minus(Duration.ofHours(1))), signInsOf(bob));
    }

    @Test
    void sign_ins_before_the_given_time_are_forgotten_and_later_ones_kept() {
        UserId ann = aUser();
        Instant cutOff = now.minus(Duration.ofDays(400));
        log().record(ann, cutOff.minus(Duration.ofDays(1)));
        log().record(ann, cutOff);
        log().record(ann, now);

        log().forgetBefore(cutOff);

        assertEquals(List.of(cutOff, now), signInsOf(ann));
    }
}
