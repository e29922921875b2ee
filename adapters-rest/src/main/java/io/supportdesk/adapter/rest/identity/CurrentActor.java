package io.supportdesk.adapter.rest.identity;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.supportdesk.domain.identity.Actor;

/**
 * Who is calling, as the application understands it. Access tokens carry the user id as the subject and exactly
 * one role code in {@code roles}; anything else is not a token we issued.
 */
public final class CurrentActor {

    /** Where {@link ActiveAccountClaimsValidator} leaves the caller it confirmed, with their teams. */
    static final String ATTRIBUTE = "supportdesk.actor";

    private CurrentActor() {
    }

    /**
     * The caller the token names, as confirmed for this request (with the teams that scope what an agent reads and
     * what a manager supervises). Every token is confirmed before a route runs (ActiveAccountClaimsValidator); a
     * request without the confirmation is refused rather than served on the token's claims, which know no teams and
     * would let a manager who leads one supervise every ticket.
     */
    public static Actor from(Authentication authentication) {
        if (authentication == null) {
            throw new IllegalStateException("no authenticated caller; the route should not be anonymous");
        }
        Actor claimed = Actor.fromClaims(authentication.getName(), authentication.getRoles())
                .orElseThrow(() -> new IllegalStateException("the authenticated caller is not a Supportdesk token"));
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(ATTRIBUTE, Actor.class))
                .filter(claimed::isSameAs)
                .orElseThrow(() -> new IllegalStateException("the caller " + claimed.id().value()
                        + " was not confirmed for this request"));
    }
}
