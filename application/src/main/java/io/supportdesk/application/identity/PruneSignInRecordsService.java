package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.PruneSignInRecordsUseCase;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;

import java.time.Clock;
import java.time.Instant;

public final class PruneSignInRecordsService implements PruneSignInRecordsUseCase {

    private final LoginAttempts attempts;
    private final RefreshTokenStore refreshTokens;
    private final LoginThrottle throttle;
    private final Clock clock;

    public PruneSignInRecordsService(LoginAttempts attempts, RefreshTokenStore refreshTokens, LoginThrottle throttle,
                                     Clock clock) {
        this.attempts = attempts;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void prune() {
        Instant now = clock.instant();
        attempts.forgetBefore(now.minus(throttle.window()));
        refreshTokens.forgetExpiredBefore(now);
    }
}
