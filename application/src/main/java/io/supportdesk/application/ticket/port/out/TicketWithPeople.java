package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketMetadata;

import java.util.Objects;
import java.util.Optional;

/**
 * A ticket read together with everything its view shows beside it — the people it names and its submission
 * metadata — so a read port can answer in one query what would otherwise take one per port.
 */
public record TicketWithPeople(Ticket ticket, Participant requester, Optional<Participant> assignee,
                               TicketMetadata metadata, Optional<TeamSummary> team,
                               Optional<ProjectSummary> project) {

    /** A ticket outside any project. */
    public TicketWithPeople(Ticket ticket, Participant requester, Optional<Participant> assignee,
                            TicketMetadata metadata, Optional<TeamSummary> team) {
        this(ticket, requester, assignee, metadata, team, Optional.empty());
    }

    /** A ticket no team owns. */
    public TicketWithPeople(Ticket ticket, Participant requester, Optional<Participant> assignee,
                            TicketMetadata metadata) {
        this(ticket, requester, assignee, metadata, Optional.empty(), Optional.empty());
    }

    public TicketWithPeople {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(project, "project");
        if (!requester.id().equals(ticket.requester())
                || !assignee.map(Participant::id).equals(ticket.assignee())
                || !team.map(TeamSummary::id).equals(ticket.team())
                || !project.map(ProjectSummary::id).equals(ticket.project())) {
            throw new IllegalArgumentException("ticket " + ticket.number().value() + " was read with other people");
        }
    }
}
