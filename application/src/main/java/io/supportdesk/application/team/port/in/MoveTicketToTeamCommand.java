package io.supportdesk.application.team.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;

import java.util.Optional;
import java.util.OptionalLong;

public record MoveTicketToTeamCommand(Actor actor, TicketReference ticket, TeamId team, Optional<String> reason,
                                      OptionalLong expectedVersion) {
}
