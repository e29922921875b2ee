package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One row of {@code tickets}: the persistence shape of a ticket, never seen outside this adapter. */
@MappedEntity("tickets")
record TicketRow(
        @Id long id,
        String number,
        String title,
        String description,
        String status,
        String priority,
        String category,
        @TypeDef(type = DataType.STRING_ARRAY) String[] tags,
        long requesterId,
        @Nullable Long assigneeId,
        @Nullable Long teamId,
        @TypeDef(type = DataType.JSON) String customFields,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant firstRespondedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        Instant firstResponseStartedAt,
        long firstResponseTargetS,
        long firstResponsePausedS,
        @Nullable Instant firstResponsePausedSince,
        @Nullable Instant firstResponseStoppedAt,
        Instant firstResponseDueAt,
        Instant resolutionStartedAt,
        long resolutionTargetS,
        long resolutionPausedS,
        @Nullable Instant resolutionPausedSince,
        @Nullable Instant resolutionStoppedAt,
        Instant resolutionDueAt,
        @TypeDef(type = DataType.STRING_ARRAY) String[] slaAtRiskReported,
        @TypeDef(type = DataType.STRING_ARRAY) String[] slaBreachReported,
        @Version long version,
        long customerVersion,
        Instant customerUpdatedAt) {
}
