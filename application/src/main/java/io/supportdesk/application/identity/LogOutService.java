package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.LogOutCommand;
import io.supportdesk.application.identity.port.in.LogOutUseCase;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;

import java.time.Clock;

public final class LogOutService implements LogOutUseCase {

    private final RefreshTokenStore refreshTokens;
    private final Clock clock;

    public LogOutService(RefreshTokenStore refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Override
    public void logOut(LogOutCommand command) {
        if (command.refreshToken().isBlank()) {
            return;
        }
        refreshTokens.findByHash(OpaqueTokens.hash(command.refreshToken()))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }
}
