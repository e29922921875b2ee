package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.RefreshResult;
import io.supportdesk.application.identity.port.in.RefreshResult.Reason;
import io.supportdesk.application.identity.port.in.RefreshResult.RefreshRejected;
import io.supportdesk.application.identity.port.in.RefreshResult.Refreshed;
import io.supportdesk.application.identity.port.in.RefreshSessionCommand;
import io.supportdesk.application.identity.port.in.RefreshSessionUseCase;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.RefreshTokenStore.Rotation;
import io.supportdesk.application.identity.port.out.RefreshTokenStore.StoredRefreshToken;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates refresh tokens with reuse detection: a token that was used once already revokes its whole family, so a
 * stolen token is worth at most one refresh before the theft shows and both thief and owner are signed out.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private final RefreshTokenStore refreshTokens;
    private final UserRepository users;
    private final SessionTokens sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RefreshSessionService(RefreshTokenStore refreshTokens, UserRepository users, SessionTokens sessions,
                                 UnitOfWork unitOfWork, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RefreshResult refresh(RefreshSessionCommand command) {
        if (command.refreshToken().isBlank()) {
            return new RefreshRejected(Reason.UNKNOWN);
        }
        String hash = OpaqueTokens.hash(command.refreshToken());
        // A rejection returns normally, so the revocations it made commit with the unit of work.
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<StoredRefreshToken> found = refreshTokens.findByHash(hash);
            if (found.isEmpty()) {
                return new RefreshRejected(Reason.UNKNOWN);
            }
            StoredRefreshToken token = found.get();
            if (token.usedAt().isPresent()) {
                refreshTokens.revokeFamily(token.familyId(), now);
                return new RefreshRejected(Reason.REUSED);
            }
            if (token.revokedAt().isPresent()) {
                return new RefreshRejected(Reason.REVOKED);
            }
            if (!now.isBefore(token.expiresAt())) {
                return new RefreshRejected(Reason.EXPIRED);
            }
            Optional<User> user = users.findById(token.userId()).filter(User::active);
            if (user.isEmpty()) {
                refreshTokens.revokeFamily(token.familyId(), now);
                return new RefreshRejected(Reason.ACCOUNT_INACTIVE);
            }
            if (refreshTokens.markUsed(hash, now) == Rotation.ALREADY_USED) {
                // Someone else used it between our read and now: the same reuse, only closer together.
                refreshTokens.revokeFamily(token.familyId(), now);
                return new RefreshRejected(Reason.REUSED);
            }
            return new Refreshed(sessions.continueFamily(user.get(), token.familyId()));
        });
    }
}
