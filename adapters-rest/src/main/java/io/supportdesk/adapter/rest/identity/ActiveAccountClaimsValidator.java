package io.supportdesk.adapter.rest.identity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.domain.identity.Actor;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Accepts a well-signed, unexpired token only while its subject is still an active user in the role the token
 * names ({@link IdentifyCallerUseCase#confirm}, the rule open chat sockets are re-checked by too), so deactivating or
 * demoting someone takes effect on their next request rather than when the token expires. One primary-key read per request; the validator runs on the blocking executor
 * ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}). Runs after the cheap checks.
 */
@Singleton
class ActiveAccountClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>>, Ordered {

    private final IdentifyCallerUseCase identifyCaller;

    ActiveAccountClaimsValidator(IdentifyCallerUseCase identifyCaller) {
        this.identifyCaller = identifyCaller;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Optional<Actor> confirmed = Actor.fromClaims(claims.get(Claims.SUBJECT), claims.get("roles"))
                .flatMap(identifyCaller::confirm);
        // The caller as they are now, teams included, for the controllers (CurrentActor): no second lookup.
        confirmed.ifPresent(actor -> {
            if (request != null) {
                request.setAttribute(CurrentActor.ATTRIBUTE, actor);
            }
        });
        return confirmed.isPresent();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
