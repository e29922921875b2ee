package io.supportdesk.application.team.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.identity.TeamId;

import java.util.Optional;

/** Empty fields stay as they are; {@code calendar} present and empty removes the calendar (24×7). */
public record UpdateTeamCommand(Actor actor, TeamId team, Optional<String> name, Optional<String> description,
                                Optional<Boolean> active, Optional<String> timeZone,
                                Optional<Optional<BusinessCalendarId>> calendar, Optional<String> strategy,
                                Optional<Boolean> autoAssign) {
}
