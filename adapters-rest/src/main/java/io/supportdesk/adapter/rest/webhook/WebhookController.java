package io.supportdesk.adapter.rest.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.NotFoundProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.adapter.rest.webhook.WebhookResponses.DeliveryList;
import io.supportdesk.adapter.rest.webhook.WebhookResponses.DeliveryResponse;
import io.supportdesk.adapter.rest.webhook.WebhookResponses.WebhookList;
import io.supportdesk.adapter.rest.webhook.WebhookResponses.WebhookResponse;
import io.supportdesk.application.webhook.WebhookDeliveryId;
import io.supportdesk.application.webhook.WebhookNotFoundException;
import io.supportdesk.application.webhook.port.in.ListWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.ManageWebhooksUseCase;
import io.supportdesk.application.webhook.port.in.PingWebhookUseCase;
import io.supportdesk.application.webhook.port.in.RedeliverWebhookDeliveryUseCase;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookRuleViolation;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Signed outbound webhooks, for administrators only (docs/webhooks.md): subscriptions, their secrets, the delivery
 * log, redelivery and a ping.
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Webhooks")
@Controller("/api/v1/webhooks")
@Secured(Roles.ADMIN)
@UnauthorizedProblem
@ForbiddenProblem
class WebhookController {

    static final int DEFAULT_LIMIT = 100;

    private final ManageWebhooksUseCase webhooks;
    private final ListWebhookDeliveriesUseCase deliveries;
    private final RedeliverWebhookDeliveryUseCase redeliver;
    private final PingWebhookUseCase ping;

    WebhookController(ManageWebhooksUseCase webhooks, ListWebhookDeliveriesUseCase deliveries,
                      RedeliverWebhookDeliveryUseCase redeliver, PingWebhookUseCase ping) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.redeliver = redeliver;
        this.ping = ping;
    }

    @Serdeable
    @Schema(name = "CreateWebhook")
    record CreateWebhook(@Schema(example = "https://hooks.example.com/supportdesk",
                                 requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String url,
                         @ArraySchema(schema = @Schema(allowableValues = {"ticket.created", "ticket.updated",
                                 "ticket.status_changed", "ticket.assigned", "comment.created", "sla.breached"}),
                                 arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                         @Nullable List<String> events,
                         @Schema(defaultValue = "true") @Nullable Boolean active) {
    }

    /** Absent or null fields stay. */
    @Serdeable
    @Schema(name = "UpdateWebhook")
    record UpdateWebhook(@Nullable String url, @Nullable List<String> events,
                         @Schema(description = "true turns it on again and forgets its failures") @Nullable Boolean active) {
    }

    @Get
    @Operation(summary = "List webhooks", description = "Every webhook, oldest first; secrets are never shown here.")
    @ApiResponse(responseCode = "200", description = "The webhooks")
    WebhookList index(Authentication authentication) {
        return new WebhookList(webhooks.list(CurrentActor.from(authentication)).stream()
                .map(WebhookResponse::of).toList());
    }

    @Post
    @Operation(summary = "Create a webhook",
            description = "The answer shows the new signing secret, this once. A URL whose address is written as an "
                    + "IP address is checked now; a host name is checked at every delivery, when it is resolved.")
    @ApiResponse(responseCode = "201", description = "Created, with its secret; Location names it",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @ValidationProblem
    HttpResponse<WebhookResponse> create(@Body CreateWebhook request, Authentication authentication) {
        FieldViolations v = new FieldViolations();
        WebhookUrl url = v.required("url", request.url(), WebhookUrl::parse);
        Set<WebhookEventType> events = v.required("events", request.events(), WebhookController::events);
        v.throwIfAny();
        Webhook created = webhooks.create(CurrentActor.from(authentication), url, events,
                !Boolean.FALSE.equals(request.active()));
        return HttpResponse.created(WebhookResponse.withSecret(created),
                URI.create("/api/v1/webhooks/" + created.id().value()));
    }

    @Get("/{id}")
    @Operation(summary = "Read a webhook")
    @ApiResponse(responseCode = "200", description = "The webhook, without its secret")
    @NotFoundProblem
    WebhookResponse show(@PathVariable String id, Authentication authentication) {
        return WebhookResponse.of(webhooks.view(CurrentActor.from(authentication), webhookId(id)));
    }

    @Patch("/{id}")
    @Operation(summary = "Change a webhook", description = "URL, events, or on/off; absent fields stay.")
    @ApiResponse(responseCode = "200", description = "The webhook as changed")
    @NotFoundProblem
    @ValidationProblem
    WebhookResponse change(@PathVariable String id, @Body UpdateWebhook request, Authentication authentication) {
        WebhookId webhook = webhookId(id);
        FieldViolations v = new FieldViolations();
        Optional<WebhookUrl> url = v.optional("url", request.url(), WebhookUrl::parse);
        Optional<Set<WebhookEventType>> events = v.optional("events", request.events(), WebhookController::events);
        v.throwIfAny();
        return WebhookResponse.of(webhooks.update(CurrentActor.from(authentication), webhook, url, events,
                Optional.ofNullable(request.active())));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a webhook", description = "With its delivery log; waiting deliveries are dropped.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @NotFoundProblem
    void delete(@PathVariable String id, Authentication authentication) {
        webhooks.delete(CurrentActor.from(authentication), webhookId(id));
    }

    @Post("/{id}/secret")
    @Operation(summary = "Rotate a webhook's secret",
            description = "The answer shows the new secret, this once. The old one keeps signing beside it (a second "
                    + "signature in webhook-signature) until previous_secret_valid_until.")
    @ApiResponse(responseCode = "200", description = "The webhook, with its new secret")
    @NotFoundProblem
    WebhookResponse rotate(@PathVariable String id, Authentication authentication) {
        return WebhookResponse.withSecret(webhooks.rotateSecret(CurrentActor.from(authentication), webhookId(id)));
    }

    @Get("/{id}/deliveries{?limit}")
    @Operation(summary = "A webhook's delivery log",
            description = "Newest first, at most `limit` (default 100, at most 500): status, attempts, the last "
                    + "answer's status, duration and start of its body, the next attempt.")
    @ApiResponse(responseCode = "200", description = "The deliveries")
    @InvalidParameterProblem
    @NotFoundProblem
    DeliveryList deliveries(@PathVariable String id, @Nullable @QueryValue("limit") String limit,
                            Authentication authentication) {
        WebhookId webhook = webhookId(id);
        int max = QueryParameters.whole("limit", limit, DEFAULT_LIMIT, 1, ListWebhookDeliveriesUseCase.MAX_LIMIT);
        return new DeliveryList(deliveries.list(CurrentActor.from(authentication), webhook, max).stream()
                .map(DeliveryResponse::of).toList(), max);
    }

    @Post("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Redeliver",
            description = "Sends the delivery again with a fresh set of attempts, under its original webhook-id.")
    @ApiResponse(responseCode = "200", description = "The delivery, pending again")
    @NotFoundProblem
    @ApiResponse(responseCode = "409", description = "A dispatcher is sending it right now",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    DeliveryResponse redeliver(@PathVariable String id, @PathVariable String deliveryId,
                               Authentication authentication) {
        WebhookId webhook = webhookId(id);
        WebhookDeliveryId delivery = RequestParameters.id(deliveryId, WebhookDeliveryId::new,
                text -> new WebhookNotFoundException("delivery " + text));
        return DeliveryResponse.of(redeliver.redeliver(CurrentActor.from(authentication), webhook, delivery));
    }

    @Post("/{id}/ping")
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "Ping a webhook",
            description = "Queues a webhook.ping delivery, whatever the webhook subscribes to; the delivery log "
                    + "shows the receiver's answer.")
    @ApiResponse(responseCode = "202", description = "The ping's delivery, pending")
    @NotFoundProblem
    DeliveryResponse ping(@PathVariable String id, Authentication authentication) {
        return DeliveryResponse.of(ping.ping(CurrentActor.from(authentication), webhookId(id)));
    }

    private static Set<WebhookEventType> events(List<String> codes) {
        if (codes.isEmpty()) {
            throw new WebhookRuleViolation("events", "must name at least one event");
        }
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        for (String code : codes) {
            events.add(WebhookEventType.fromCode(code));
        }
        return events;
    }

    private static WebhookId webhookId(String text) {
        return RequestParameters.id(text, WebhookId::new, given -> new WebhookNotFoundException("webhook " + given));
    }
}
