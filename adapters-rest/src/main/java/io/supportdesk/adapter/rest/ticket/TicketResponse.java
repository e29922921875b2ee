package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The ticket resource as clients see it. */
@Serdeable
public record TicketResponse(
        long id,
        String number,
        String title,
        String description,
        String status,
        String priority,
        String category,
        List<String> tags,
        Requester requester,
        @Nullable Assignee assignee,
        @Nullable Team team,
        Map<String, Object> customFields,
        Map<String, String> metadata,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant firstRespondedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        Sla sla,
        List<String> allowedTransitions,
        long version,
        String type,
        @Nullable Project project,
        @Schema(description = "How the ticket came in, set once when it was created",
                allowableValues = {"web", "email", "chat", "phone", "import"})
        String channel) {

    @Serdeable
    public record Requester(long id, String email, String fullName) {
    }

    @Serdeable
    public record Assignee(long id, String fullName) {
    }

    @Serdeable
    public record Team(long id, @Nullable String name) {
    }

    @Serdeable
    public record Project(long id, String key, String name) {
    }

    /** Due times and the state of both clocks; {@code state} is the more urgent of the two. */
    @Serdeable
    public record Sla(Instant firstResponseDueAt, String firstResponseState, Instant resolutionDueAt,
                      String resolutionState, String state,
                      @Schema(description = "The business hours the clocks count in; null: around the clock")
                      @Nullable BusinessCalendarRef businessCalendar) {
    }

    /** The team calendar a ticket's SLA time counts in. */
    @Serdeable
    public record BusinessCalendarRef(@Nullable String name, String timeZone) {
    }
}
