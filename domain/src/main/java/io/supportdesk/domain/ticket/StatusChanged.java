package io.supportdesk.domain.ticket;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A ticket moved through the workflow, with the reason the actor gave, if any. */
public record StatusChanged(UUID eventId, TicketId ticketId, TicketStatus from, TicketStatus to, Actor actor,
                            Instant occurredAt, Optional<String> reason) implements ActorEvent {

    public static final int MAX_REASON_LENGTH = 1000;

    public StatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
        reason.ifPresent(r -> {
            PlainText.problemInText(r).ifPresent(problem -> {
                throw new TicketRuleViolation("reason", problem);
            });
            if (r.length() > MAX_REASON_LENGTH) {
                throw new TicketRuleViolation("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
            }
        });
    }

    /** A move without a stated reason (the system's own moves, such as a customer reply). */
    public StatusChanged(UUID eventId, TicketId ticketId, TicketStatus from, TicketStatus to, Actor actor,
                         Instant occurredAt) {
        this(eventId, ticketId, from, to, actor, occurredAt, Optional.empty());
    }
}
