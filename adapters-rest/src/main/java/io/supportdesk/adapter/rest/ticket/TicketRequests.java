package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The bodies the ticket endpoints accept. Fields are nullable here; the domain decides what is valid. */
final class TicketRequests {

    private TicketRequests() {
    }

    @Serdeable
    record CreateTicket(@Nullable String title, @Nullable String description, @Nullable String category,
                        @Nullable String priority, @Nullable List<String> tags,
                        @Nullable Map<String, Object> customFields, @Nullable Metadata metadata,
                        @Nullable String requesterEmail,
                        @Schema(description = "question (default), incident, problem or task") @Nullable String type,
                        @Schema(description = "A project's key (staff)", example = "WEB") @Nullable String project,
                        @Schema(description = "How the ticket came in: web (the default), or, for staff opening it "
                                + "for a customer, email, chat or phone; set once, never changed",
                                allowableValues = {"web", "email", "chat", "phone"})
                        @Nullable String channel) {
    }

    /** Where the ticket was submitted from; informational, bounded. */
    @Serdeable
    record Metadata(@Nullable String browser, @Nullable String os, @Nullable String ip,
                    @Nullable String userAgent, @Nullable String referrer) {
    }

    @Serdeable
    record UpdateTicket(@Nullable String title, @Nullable String description, @Nullable String category,
                        @Nullable List<String> tags, @Nullable Map<String, Object> customFields,
                        @Nullable String priority, @Nullable Long version,
                        @Schema(description = "staff") @Nullable String type,
                        @Schema(description = "A project's key (staff); \"\" takes the ticket out of its project")
                        @Nullable String project) {
    }

    @Serdeable
    record ChangeStatus(@Nullable String status, @Nullable String reason, @Nullable Long version) {
    }

    @Serdeable
    record ChangePriority(@Nullable String priority, @Nullable Long version) {
    }

    @Serdeable
    record Assign(@Nullable Long assigneeId, @Nullable Long version) {
    }

    @Serdeable
    @Schema(name = "MoveToTeam")
    record MoveToTeam(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long teamId,
                      @Schema(description = "Why, for the audit trail (at most 500 characters)") @Nullable String reason,
                      @Nullable Long version) {
    }
}
