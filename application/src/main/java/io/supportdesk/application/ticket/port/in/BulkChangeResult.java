package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.TicketId;

import java.util.List;
import java.util.Objects;

/** What happened to each ticket of a bulk change, in the order they were named. */
public record BulkChangeResult(List<Outcome> outcomes) {

    public BulkChangeResult {
        outcomes = List.copyOf(outcomes);
    }

    public sealed interface Outcome {
        TicketId ticket();
    }

    /** The ticket's use case changed it (or found nothing to change) and committed. */
    public record Changed(TicketId ticket) implements Outcome {
        public Changed {
            Objects.requireNonNull(ticket, "ticket");
        }
    }

    /**
     * The ticket's use case refused or failed and changed nothing; {@code cause} is what it threw, exactly as the
     * single-ticket change would have thrown it, so an adapter can answer it the same way.
     */
    public record Failed(TicketId ticket, RuntimeException cause) implements Outcome {
        public Failed {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(cause, "cause");
        }
    }

    public long succeeded() {
        return outcomes.stream().filter(Changed.class::isInstance).count();
    }

    public long failed() {
        return outcomes.size() - succeeded();
    }
}
