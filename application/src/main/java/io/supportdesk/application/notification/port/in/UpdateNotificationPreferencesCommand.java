package io.supportdesk.application.notification.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Objects;
import java.util.Optional;

/**
 * Opt in or out of the optional emails — replies on tickets one follows, the daily digest. Absent means unchanged.
 * Emails that matter for security or for a ticket's lifecycle (created, assigned, resolved, SLA) cannot be turned off.
 */
public record UpdateNotificationPreferencesCommand(Actor actor, Optional<Boolean> ticketReplies,
                                                   Optional<Boolean> dailyDigest) {

    public UpdateNotificationPreferencesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticketReplies, "ticketReplies");
        Objects.requireNonNull(dailyDigest, "dailyDigest");
    }
}
