package io.supportdesk.application.identity.port.in;

/**
 * Trades a refresh token for a new pair. Each refresh token works once: presenting one that was already used means
 * it leaked (or the client is confused), so its whole family is revoked and the holder must sign in again.
 */
public interface RefreshSessionUseCase {

    RefreshResult refresh(RefreshSessionCommand command);
}
