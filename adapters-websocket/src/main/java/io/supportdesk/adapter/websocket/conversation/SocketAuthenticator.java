package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.supportdesk.domain.identity.Actor;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Who opened a socket: the access token from {@code Authorization: Bearer} or, as browsers cannot set headers on
 * a WebSocket, from {@code ?token=}, checked by the same validators as every REST request. The token contract:
 * the subject is the numeric user id and {@code roles} holds the one role code.
 */
@Singleton
class SocketAuthenticator {

    private static final String BEARER = "Bearer ";

    private final Collection<TokenValidator<HttpRequest<?>>> validators;

    SocketAuthenticator(Collection<TokenValidator<HttpRequest<?>>> validators) {
        this.validators = validators;
    }

    static Optional<String> token(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip());
        return header.or(() -> request.getParameters().getFirst("token")).filter(t -> !t.isBlank());
    }

    /** Empty when no validator accepts the token, or it does not follow the contract. */
    Optional<Actor> authenticate(String token, HttpRequest<?> request) {
        for (TokenValidator<HttpRequest<?>> validator : validators) {
            Optional<Actor> actor = first(validator.validateToken(token, request))
                    .flatMap(auth -> Actor.fromClaims(auth.getName(), auth.getRoles()));
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    private static Optional<Authentication> first(Publisher<Authentication> publisher) {
        CompletableFuture<Optional<Authentication>> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            private Subscription subscription;

            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(Authentication authentication) {
                result.complete(Optional.of(authentication));
                subscription.cancel();
            }

            @Override
            public void onError(Throwable t) {
                result.complete(Optional.empty());
            }

            @Override
            public void onComplete() {
                result.complete(Optional.empty());
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
