package io.supportdesk.application.team.port.in;

import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamRole;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A team as staff see it: its settings, its calendar and who is in it, available or not. */
public record TeamDetails(Team.Snapshot team, Optional<StoredCalendar> calendar, List<Member> members) {

    public TeamDetails {
        members = List.copyOf(members);
    }

    /** @param maxOpenTickets how many open tickets they take at most; empty: no limit */
    public record Member(Participant user, TeamRole role, Availability availability, OptionalInt maxOpenTickets) {
    }
}
