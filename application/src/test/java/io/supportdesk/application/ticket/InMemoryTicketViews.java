package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.application.ticket.port.out.ProjectSummary;
import io.supportdesk.application.ticket.port.out.TeamSummary;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.domain.ticket.Ticket;

import java.util.Optional;

/** Ticket views put together from the other in-memory ports, the way the database joins them. */
public final class InMemoryTicketViews implements TicketViews {

    private final TicketRepository tickets;
    private final TicketParticipants people;
    private final InMemoryTicketMetadataStore metadata;

    public InMemoryTicketViews(TicketRepository tickets, TicketParticipants people,
                               InMemoryTicketMetadataStore metadata) {
        this.tickets = tickets;
        this.people = people;
        this.metadata = metadata;
    }

    /** How a team is shown; set by kits that keep teams. */
    public java.util.function.Function<io.supportdesk.domain.identity.TeamId, TeamSummary> teams =
            team -> new TeamSummary(team, "Team " + team.value(), Optional.empty());

    @Override
    public Optional<TicketWithPeople> find(TicketReference reference) {
        Optional<Ticket> found = switch (reference) {
            case TicketReference.ById byId -> tickets.findById(byId.id());
            case TicketReference.ByNumber byNumber -> tickets.findByNumber(byNumber.number());
        };
        return found.map(ticket -> new TicketWithPeople(ticket, people.find(ticket.requester()).orElseThrow(),
                ticket.assignee().map(id -> people.find(id).orElseThrow()),
                metadata.of(ticket.id()),
                ticket.team().map(team -> teams.apply(team)),
                ticket.project().map(project -> new ProjectSummary(project, "P" + project.value(),
                        "Project " + project.value()))));
    }
}
