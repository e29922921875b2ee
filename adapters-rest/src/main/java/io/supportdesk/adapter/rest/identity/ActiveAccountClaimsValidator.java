package io.supportdesk.adapter.rest.identity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Accepts a well-signed, unexpired token only while its subject is still an active user in the role the token
 * names, so deactivating or demoting someone takes effect on their next request rather than when the token
 * expires. One primary-key read per request; the validator runs on the blocking executor
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
        Optional<UserId> subject = userId(claims.get(Claims.SUBJECT));
        Optional<Role> role = role(claims.get("roles"));
        if (subject.isEmpty() || role.isEmpty()) {
            return false;
        }
        Optional<Actor> current = identifyCaller.identify(subject.get());
        return current.map(actor -> actor.role() == role.get()).orElse(false);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Optional<UserId> userId(Object subject) {
        if (!(subject instanceof String value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserId(Long.parseLong(value)));
        } catch (IllegalArgumentException notAUserId) {
            return Optional.empty();
        }
    }

    private static Optional<Role> role(Object roles) {
        if (!(roles instanceof List<?> list) || list.size() != 1 || !(list.get(0) instanceof String code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.fromCode(code));
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
    }
}
