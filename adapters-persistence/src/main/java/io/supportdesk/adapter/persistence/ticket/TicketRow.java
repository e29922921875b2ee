package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * One row of {@code tickets}: the persistence shape of a ticket, never seen outside this adapter. Every column is
 * named here, although the default naming strategy would derive the same names: Micronaut Data derives them anew for
 * every property of every row it reads, and on a list page that was an eighth of the application's CPU.
 */
@MappedEntity("tickets")
record TicketRow(
        @MappedProperty("id") @Id long id,
        @MappedProperty("number") String number,
        @MappedProperty("title") String title,
        @MappedProperty("description") String description,
        @MappedProperty("status") String status,
        @MappedProperty("priority") String priority,
        @MappedProperty("category") String category,
        @MappedProperty("tags") @TypeDef(type = DataType.STRING_ARRAY) String[] tags,
        @MappedProperty("requester_id") long requesterId,
        @MappedProperty("assignee_id") @Nullable Long assigneeId,
        @MappedProperty("team_id") @Nullable Long teamId,
        @MappedProperty("custom_fields") @TypeDef(type = DataType.JSON) String customFields,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("updated_at") Instant updatedAt,
        @MappedProperty("first_responded_at") @Nullable Instant firstRespondedAt,
        @MappedProperty("resolved_at") @Nullable Instant resolvedAt,
        @MappedProperty("closed_at") @Nullable Instant closedAt,
        @MappedProperty("first_response_started_at") Instant firstResponseStartedAt,
        @MappedProperty("first_response_target_s") long firstResponseTargetS,
        @MappedProperty("first_response_paused_s") long firstResponsePausedS,
        @MappedProperty("first_response_paused_since") @Nullable Instant firstResponsePausedSince,
        @MappedProperty("first_response_stopped_at") @Nullable Instant firstResponseStoppedAt,
        @MappedProperty("first_response_due_at") Instant firstResponseDueAt,
        @MappedProperty("resolution_started_at") Instant resolutionStartedAt,
        @MappedProperty("resolution_target_s") long resolutionTargetS,
        @MappedProperty("resolution_paused_s") long resolutionPausedS,
        @MappedProperty("resolution_paused_since") @Nullable Instant resolutionPausedSince,
        @MappedProperty("resolution_stopped_at") @Nullable Instant resolutionStoppedAt,
        @MappedProperty("resolution_due_at") Instant resolutionDueAt,
        @MappedProperty("sla_at_risk_reported") @TypeDef(type = DataType.STRING_ARRAY) String[] slaAtRiskReported,
        @MappedProperty("sla_breach_reported") @TypeDef(type = DataType.STRING_ARRAY) String[] slaBreachReported,
        @MappedProperty("version") @Version long version,
        @MappedProperty("customer_version") long customerVersion,
        @MappedProperty("customer_updated_at") Instant customerUpdatedAt,
        @MappedProperty("sla_calendar") @Nullable @TypeDef(type = DataType.JSON) String slaCalendar,
        @MappedProperty("first_response_at_risk_at") Instant firstResponseAtRiskAt,
        @MappedProperty("resolution_at_risk_at") Instant resolutionAtRiskAt,
        @MappedProperty("type") String type,
        @MappedProperty("project_id") @Nullable Long projectId,
        @MappedProperty("channel") String channel) {
}
