package io.supportdesk.application.team.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.sla.BusinessCalendarId;

import java.util.Optional;

/** @param timeZone an IANA zone id; empty: the calendar's zone, else UTC */
public record CreateTeamCommand(Actor actor, String name, String description, Optional<String> timeZone,
                                Optional<BusinessCalendarId> calendar, String strategy, boolean autoAssign) {
}
