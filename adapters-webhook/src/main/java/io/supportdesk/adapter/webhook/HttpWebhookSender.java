package io.supportdesk.adapter.webhook;

import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.application.webhook.port.out.WebhookSender;
import io.supportdesk.domain.webhook.WebhookDestinationRule;
import io.supportdesk.domain.webhook.WebhookDestinationRule.AddressKind;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a webhook with the JDK's HTTP client: no proxy (the check below must be about the real destination), no
 * redirects (a 3xx is the receiver's answer, and a failure — following it could lead anywhere), a connect timeout
 * and a bound on the whole exchange, body included, of which only the first {@link WebhookAttempt#MAX_BODY_LENGTH}
 * bytes are kept.
 *
 * <p>Before connecting it resolves the host itself and asks the {@link WebhookDestinationRule} about every address;
 * one refused address refuses the delivery, and nothing is sent. The client then connects by name, resolving again:
 * the JVM's address cache (30 s by default) normally answers that second lookup with the addresses just checked, but
 * a name whose cache entry expires in between, with a DNS server that answers differently the second time, could
 * still reach a refused address (DNS rebinding). Decision 0065 says why this residual risk is accepted for now.
 */
public final class HttpWebhookSender implements WebhookSender {

    static final String USER_AGENT = "Supportdesk-Webhooks/1";

    private final WebhookDestinationRule destinations;
    private final Duration totalTimeout;
    private final Clock clock;
    private final HttpClient client;

    public HttpWebhookSender(WebhookDestinationRule destinations, Duration connectTimeout, Duration totalTimeout,
                             Clock clock) {
        this.destinations = destinations;
        this.totalTimeout = totalTimeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(connectTimeout)
                .build();
    }

    @Override
    public WebhookAttempt send(WebhookUrl url, Map<String, String> headers, String body) {
        Instant start = clock.instant();
        Optional<String> refusal = refusal(url);
        if (refusal.isPresent()) {
            return failed(refusal.get(), start);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.toString()))
                .timeout(totalTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request.build(),
                info -> LimitedBody.subscriber(WebhookAttempt.MAX_BODY_LENGTH));
        try {
            // The request timeout ends at the response's headers; this bound covers a body that trickles, too.
            HttpResponse<String> response = exchange.get(totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new WebhookAttempt(OptionalInt.of(response.statusCode()), Optional.of(response.body()),
                    Optional.empty(), Duration.between(start, clock.instant()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failed("timed out after " + totalTimeout.toSeconds() + " s", start);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return failed("interrupted while sending", start);
        } catch (ExecutionException e) {
            return failed(describe(e.getCause()), start);
        }
    }

    /** Why the URL's host may not be reached, or empty when every address it resolves to may be. */
    private Optional<String> refusal(WebhookUrl url) {
        InetAddress[] addresses;
        try {
            Optional<byte[]> literal = url.literalAddress();
            addresses = literal.isPresent() ? new InetAddress[] {InetAddress.getByAddress(literal.get())}
                    : InetAddress.getAllByName(url.host());
        } catch (UnknownHostException e) {
            return Optional.of("could not resolve " + url.host());
        }
        for (InetAddress address : addresses) {
            Optional<AddressKind> refused = destinations.refusal(address);
            if (refused.isPresent()) {
                return Optional.of("refused: " + url.host() + " resolves to a " + refused.get().code() + " address ("
                        + address.getHostAddress() + "); nothing was sent");
            }
        }
        return Optional.empty();
    }

    private static String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect in time";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return failure.getClass().getSimpleName();
    }

    private WebhookAttempt failed(String error, Instant start) {
        return new WebhookAttempt(OptionalInt.empty(), Optional.empty(), Optional.of(error),
                Duration.between(start, clock.instant()));
    }
}
