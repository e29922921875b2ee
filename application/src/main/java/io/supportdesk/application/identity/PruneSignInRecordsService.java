package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.PruneSignInRecordsUseCase;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.application.time.ClockSkew;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

public final class PruneSignInRecordsService implements PruneSignInRecordsUseCase {

    private final LoginAttempts attempts;
    private final RefreshTokenStore refreshTokens;
    private final SocketTickets socketTickets;
    private final SignInLog signIns;
    private final LoginThrottle throttle;
    private final Duration signInRetention;
    private final ClockSkew skew;
    private final Clock clock;

    /**
     * @param signInRetention how long the sign-in log keeps a sign-in (the activity report looks this far back)
     * @param skew            socket tickets are kept as long as another instance may still redeem them
     *                        ({@link RedeemSocketTicketService})
     */
    public PruneSignInRecordsService(LoginAttempts attempts, RefreshTokenStore refreshTokens,
                                     SocketTickets socketTickets, SignInLog signIns, LoginThrottle throttle,
                                     Duration signInRetention, ClockSkew skew, Clock clock) {
        this.attempts = attempts;
        this.refreshTokens = refreshTokens;
        this.socketTickets = socketTickets;
        this.signIns = signIns;
        this.throttle = throttle;
        if (!Objects.requireNonNull(signInRetention, "signInRetention").isPositive()) {
            throw new IllegalArgumentException("the sign-in retention must be positive, was " + signInRetention);
        }
        this.signInRetention = signInRetention;
        this.skew = Objects.requireNonNull(skew, "skew");
        this.clock = clock;
    }

    @Override
    public void prune() {
        Instant now = clock.instant();
        attempts.forgetBefore(now.minus(throttle.window()));
        refreshTokens.forgetExpiredBefore(now);
        socketTickets.forgetExpiredBefore(skew.earliestPeerNow(now));
        signIns.forgetBefore(now.minus(signInRetention));
    }
}
