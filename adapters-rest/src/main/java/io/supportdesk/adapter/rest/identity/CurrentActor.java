package io.supportdesk.adapter.rest.identity;

import io.micronaut.security.authentication.Authentication;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

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
        UserId id = new UserId(Long.parseLong(authentication.getName()));
        Role role = authentication.getRoles().stream().findFirst().map(Role::fromCode)
                .orElseThrow(() -> new IllegalStateException("authenticated caller has no role"));
        return new Actor(id, role);
    }
}
