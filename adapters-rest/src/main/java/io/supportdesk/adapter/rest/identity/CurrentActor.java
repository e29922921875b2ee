package io.supportdesk.adapter.rest.identity;

import io.micronaut.security.authentication.Authentication;
import io.supportdesk.domain.identity.Actor;

/**
 * Who is calling, as the application understands it. Access tokens carry the user id as the subject and exactly
 * one role code in {@code roles}; anything else is not a token we issued.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor from(Authentication authentication) {
        if (authentication == null) {
            throw new IllegalStateException("no authenticated caller; the route should not be anonymous");
        }
        return Actor.fromClaims(authentication.getName(), authentication.getRoles())
                .orElseThrow(() -> new IllegalStateException("the authenticated caller is not a Supportdesk token"));
    }
}
