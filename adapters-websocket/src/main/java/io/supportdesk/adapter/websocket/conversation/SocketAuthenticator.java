package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.supportdesk.domain.identity.Actor;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.identity.port.in.RedeemSocketTicketUseCase;
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
 * Who opened a socket: the access token from {@code Authorization: Bearer}, or — as browsers cannot set headers on a
 * WebSocket — a single-use socket ticket from {@code ?ws_ticket=} ({@code POST /api/v1/ws-tickets}). An access token
 * in {@code ?token=} is accepted only when {@code supportdesk.chat.token-in-url} allows it: a URL ends up in proxy
 * and server logs, where a token outlives its purpose. Tokens are checked by the same validators as every REST
 * request; their contract: the subject is the numeric user id and {@code roles} holds the one role code.
 */
@Singleton
class SocketAuthenticator {

    private static final String BEARER = "Bearer ";

    /** What the client presented. */
    sealed interface Credential {
        record Bearer(String token) implements Credential {
        }

        record SocketTicket(String value) implements Credential {
        }

        /** A {@code ?token=} while tokens in URLs are turned off: refused with a sentence saying what to do. */
        record TokenInUrlRefused() implements Credential {
        }
    }

    private final Collection<TokenValidator<HttpRequest<?>>> validators;
    private final RedeemSocketTicketUseCase socketTickets;
    private final IdentifyCallerUseCase identifyCaller;
    private final boolean tokenInUrl;

    SocketAuthenticator(Collection<TokenValidator<HttpRequest<?>>> validators, RedeemSocketTicketUseCase socketTickets,
                        IdentifyCallerUseCase identifyCaller,
                        @Value("${supportdesk.chat.token-in-url:false}") boolean tokenInUrl) {
        this.validators = validators;
        this.socketTickets = socketTickets;
        this.identifyCaller = identifyCaller;
        this.tokenInUrl = tokenInUrl;
    }

    /** Read on the network thread: no I/O, only the request's headers and query. */
    Optional<Credential> credential(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip()).filter(t -> !t.isBlank());
        if (header.isPresent()) {
            return Optional.of(new Credential.Bearer(header.get()));
        }
        Optional<String> ticket = request.getParameters().getFirst("ws_ticket").filter(t -> !t.isBlank());
        if (ticket.isPresent()) {
            return Optional.of(new Credential.SocketTicket(ticket.get()));
        }
        return request.getParameters().getFirst("token").filter(t -> !t.isBlank())
                .map(token -> tokenInUrl ? new Credential.Bearer(token) : new Credential.TokenInUrlRefused());
    }

    /** Empty when the credential opens nothing: an invalid token, a used or expired ticket, a refused URL token. */
    Optional<Actor> authenticate(Credential credential, HttpRequest<?> request) {
        Optional<Actor> claimed = switch (credential) {
            case Credential.Bearer bearer -> authenticate(bearer.token(), request);
            case Credential.SocketTicket ticket -> socketTickets.redeem(ticket.value());
            case Credential.TokenInUrlRefused refused -> Optional.empty();
        };
        // As the account is now, with the teams that decide which tickets an agent may follow.
        return claimed.flatMap(identifyCaller::confirm);
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
