package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.ticket.port.in.ViewTicketHistoryUseCase.HistoryEntry;

import java.time.Instant;

/** One line of a ticket's audit trail. */
@Serdeable
public record HistoryEntryResponse(String kind, @Nullable String field, @Nullable String oldValue,
                                   @Nullable String newValue, @Nullable String note, @Nullable PersonResponse actor,
                                   Instant occurredAt) {


    static HistoryEntryResponse of(HistoryEntry entry) {
        return new HistoryEntryResponse(entry.kind(), entry.field().orElse(null), entry.oldValue().orElse(null),
                entry.newValue().orElse(null), entry.note().orElse(null),
                entry.actor().map(PersonResponse::of)
                        .or(() -> entry.rule().map(PersonResponse::of)).orElse(PersonResponse.DESK),
                entry.occurredAt());
    }
}
