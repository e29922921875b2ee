package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.PruneSignInRecordsUseCase;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.SocketTickets;

import java.time.Clock;
import java.time.Instant;

public final class PruneSignInRecordsService implements PruneSignInRecordsUseCase {

    private final LoginAttempts attempts;
    private final RefreshTokenStore refreshTokens;
    private final SocketTickets socketTickets;
    private final LoginThrottle throttle;
    private final Clock clock;

    public PruneSignInRecordsService(LoginAttempts attempts, RefreshTokenStore refreshTokens,
                                     SocketTickets socketTickets, LoginThrottle throttle, Clock clock) {
        this.attempts = attempts;
        this.refreshTokens = refreshTokens;
        this.socketTickets = socketTickets;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void prune() {
        Instant now = clock.instant();
        attempts.forgetBefore(now.minus(throttle.window()));
        refreshTokens.forgetExpiredBefore(now);
        socketTickets.forgetExpiredBefore(now);
    }
}
